package dev.assay.llm.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.apiguardian.api.API;

/**
 * {@code GenerationReport} is what a {@link CaseGenerator} run produced: the dataset lines it kept and
 * the candidates it rejected, each with the reason (unparseable generator reply, unparseable validator
 * reply, or a score below the threshold).
 *
 * <pre>{@code
 * GenerationReport r = generator.writeTo(dataset);
 * System.out.println(r.accepted().size() + " kept, " + r.rejected().size() + " rejected");
 * }</pre>
 *
 * @param accepted the dataset lines written, in generation order
 * @param rejected the rejected candidates with {@code reason}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GenerationReport(List<ObjectNode> accepted, List<ObjectNode> rejected) {
}
