package dev.assay.onnx;

import dev.assay.data.ProjectPaths;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a model named in {@code @Onnx} lives: a file (relative to the project root, or absolute) or,
 * failing that, a classpath resource (models shipped inside jars, like MiniLM's).
 *
 * @param declared the path as the annotation wrote it, for messages
 * @param file the model file, or {@code null} for a classpath resource
 * @param resource the classpath resource, or {@code null} for a file
 */
record ModelLocation(String declared, Path file, URL resource) {

    static ModelLocation resolve(String declared, ProjectPaths paths) {
        if (declared.isBlank()) {
            throw new OnnxModelException("Configuration error: @Onnx names no model; write the model's path, "
                    + "e.g. @Onnx(\"fixtures/models/model.onnx\")");
        }
        Path file = paths.resolve(declared);
        if (Files.isRegularFile(file)) {
            return new ModelLocation(declared, file, null);
        }
        String resourceName = declared.startsWith("/") ? declared.substring(1) : declared;
        URL resource = Thread.currentThread().getContextClassLoader().getResource(resourceName);
        if (resource != null) {
            return new ModelLocation(declared, null, resource);
        }
        throw new OnnxModelException("Configuration error: ONNX model [" + declared + "] not found: looked for file ["
                + file + "] and classpath resource [" + resourceName + "]; paths are relative to the project root ["
                + paths.root() + "] (set assay.root to change it)");
    }

    /** A stable identity for the session cache: the same model file or resource gives the same key. */
    String key() {
        return file != null ? "file:" + file : "classpath:" + resource;
    }

    InputStream open() throws IOException {
        return file != null ? Files.newInputStream(file) : resource.openStream();
    }
}
