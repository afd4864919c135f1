package dev.assay.suites.resume;

import java.util.HashSet;
import java.util.Set;

/**
 * {@code KeywordOverlapScorer} is used as the simplest resume scorer worth benchmarking: the share
 * of the skills a job description names that the resume names too, as a score from 0 to 100.
 *
 * <p>Skills are those of {@link SkillVocabulary} (a closed list with aliases, matched as whole
 * lower-cased words). Every required skill weighs the same, and nothing else is read: not years of
 * experience, not seniority, not whether the candidate has done this kind of job. That is what makes
 * it a baseline — it over-scores a data scientist who happens to know SQL for a web role, and it
 * cannot tell a principal engineer from a graduate with the same keywords.
 *
 * <pre>{@code
 * double score = new KeywordOverlapScorer().score(resume, jobDescription); // 0..100
 * }</pre>
 */
final class KeywordOverlapScorer {

    /**
     * The score given when the job description names no skill from the vocabulary: there is no
     * evidence either way, so the middle of the scale rather than a confident 0 or 100.
     */
    static final double NO_EVIDENCE = 50;

    /** The percentage of the job description's skills found in the resume. */
    double score(String resume, String jobDescription) {
        Set<String> required = SkillVocabulary.find(jobDescription);
        if (required.isEmpty()) {
            return NO_EVIDENCE;
        }
        return 100 * overlap(required, SkillVocabulary.find(resume));
    }

    /** The fraction of {@code required} skills that {@code offered} holds, from 0 to 1. */
    static double overlap(Set<String> required, Set<String> offered) {
        if (required.isEmpty()) {
            return NO_EVIDENCE / 100;
        }
        Set<String> matched = new HashSet<>(required);
        matched.retainAll(offered);
        return (double) matched.size() / required.size();
    }
}
