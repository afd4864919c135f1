package dev.assay.suites.resume;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ResumeFeatures} is used to turn a resume and a job description into the few numbers a
 * linear model can weigh: how many of the required skills the candidate has, whether they have the
 * years asked for, whether they are at the level asked for, and whether they have done this kind of
 * job at all.
 *
 * <p>Role and seniority are read from the <em>headline</em>, the first sentence, because that is
 * where both a resume ("Jane Doe — Senior Backend Engineer with 8 years…") and a job ad ("Senior
 * Backend Engineer at Acme.") state them; later sentences mention other roles in passing ("mentors
 * junior engineers", "works with the frontend team"). Years come from the first "N years" or
 * "N+ years" anywhere in the text: the total on a resume, the requirement in an ad.
 *
 * <p>A fifth feature was tried and dropped: partial credit for a sibling of a missing skill
 * (MySQL for PostgreSQL, Flask for Express). On the training pairs it took a negative weight and
 * raised the leave-one-out RMSE from 7.9 to 8.2 points: the training grades do not reward near
 * misses, and the model is simpler without it.
 *
 * <pre>{@code
 * double[] x = ResumeFeatures.of(resume, jobDescription).vector(); // in the order of NAMES
 * }</pre>
 *
 * @param skillOverlap fraction of the job's skills the resume names, 0 to 1 ({@link KeywordOverlapScorer#overlap})
 * @param yearsFit the resume's years over the years required, capped at {@value #YEARS_FIT_CAP}
 *     (1 when the ad asks for none); capped because a 15-year veteran is not five times as suitable
 *     for a 3-year role
 * @param seniorityGap the resume's level minus the job's, from -3 to 3 (intern 0, mid 1, senior 2,
 *     lead/staff/principal 3); signed, so an over-levelled candidate gains where an under-levelled one
 *     loses
 * @param roleMatch 1 for the same role family (backend, data science, …), 0.5 for a neighbouring
 *     one (frontend for full-stack), 0 otherwise or when either headline names no family
 */
record ResumeFeatures(double skillOverlap, double yearsFit, double seniorityGap, double roleMatch) {

    /** Feature names, in {@link #vector()} order. */
    static final List<String> NAMES = List.of("skill_overlap", "years_fit", "seniority_gap", "role_match");

    static final double YEARS_FIT_CAP = 2;

    /** A sentence end that is not an honorific's dot ("Dr. Elena Vasquez — Data Scientist…"). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\b(?:Dr|Mr|Mrs|Ms|Prof))\\.\\s");
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,2})\\+?\\s*(?:years?|yrs)\\b");

    /** The features of one resume against one job description. */
    static ResumeFeatures of(String resume, String jobDescription) {
        String resumeHeadline = headline(resume);
        String jobHeadline = headline(jobDescription);
        return new ResumeFeatures(
                KeywordOverlapScorer.overlap(SkillVocabulary.find(jobDescription), SkillVocabulary.find(resume)),
                yearsFit(years(resume), years(jobDescription)),
                Seniority.of(resumeHeadline) - Seniority.of(jobHeadline),
                Role.of(resumeHeadline).similarity(Role.of(jobHeadline)));
    }

    /** The features as a vector, in {@link #NAMES} order. */
    double[] vector() {
        return new double[] {skillOverlap, yearsFit, seniorityGap, roleMatch};
    }

    private static double yearsFit(double offered, double required) {
        return required == 0 ? 1 : Math.min(offered / required, YEARS_FIT_CAP);
    }

    /** The first "N years" in the text, or 0 when it states none (a student, a career changer). */
    private static double years(String text) {
        Matcher m = YEARS.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String headline(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return (end.find() ? text.substring(0, end.start()) : text).toLowerCase(Locale.ROOT);
    }

    /** One pattern finding any of {@code words} as whole words; compiled once, matched per case. */
    private static Pattern anyWord(List<String> words) {
        StringBuilder alternatives = new StringBuilder();
        for (String word : words) {
            alternatives.append(alternatives.isEmpty() ? "" : "|").append(Pattern.quote(word));
        }
        return Pattern.compile("(?<![a-z0-9])(?:" + alternatives + ")(?![a-z0-9])");
    }

    /** Where {@code pattern} first matches in {@code text}, or -1. */
    private static int firstIndex(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.start() : -1;
    }

    /** Seniority levels by the words that name them; a headline without one is mid-level. */
    private static final class Seniority {

        private static final Map<Integer, Pattern> WORDS = Map.of(
                0, anyWord(List.of("intern", "student", "graduate", "junior", "entry-level", "trainee")),
                2, anyWord(List.of("senior")),
                3, anyWord(List.of("lead", "staff", "principal", "head of", "architect")));
        private static final int MID = 1;

        static int of(String headline) {
            int level = MID;
            int at = -1;
            for (Map.Entry<Integer, Pattern> e : WORDS.entrySet()) {
                int i = firstIndex(e.getValue(), headline);
                if (i >= 0 && (at < 0 || i < at)) {
                    level = e.getKey();
                    at = i;
                }
            }
            return level;
        }
    }

    /** Role families, each with the title words that name it; the earliest in a headline wins. */
    private enum Role {
        FULL_STACK("full-stack", "full stack", "fullstack"),
        BACKEND("backend", "back-end", "back end", "server-side"),
        FRONTEND("frontend", "front-end", "front end", "web developer", "ui engineer"),
        MOBILE("mobile", "ios", "android", "react native"),
        DATA_SCIENCE("data scientist", "data science", "machine learning", "ml engineer", "nlp"),
        DATA_ENGINEERING("data engineer", "analytics engineer"),
        DATA_ANALYSIS("data analyst", "business analyst"),
        DEVOPS("devops", "site reliability", "sre", "platform engineer", "infrastructure engineer", "cloud engineer"),
        IT_OPERATIONS("system administrator", "systems administrator", "sysadmin"),
        QA("qa", "quality assurance", "test automation", "sdet"),
        SECURITY("security"),
        EMBEDDED("embedded", "firmware"),
        NONE;

        /**
         * Families whose people often cross over: a frontend developer knows half a full-stack
         * job, a data engineer half a data scientist's.
         */
        private static final Map<Role, Set<Role>> NEIGHBOURS = Map.of(
                FULL_STACK, EnumSet.of(FRONTEND, BACKEND),
                DATA_SCIENCE, EnumSet.of(DATA_ENGINEERING, DATA_ANALYSIS),
                DATA_ENGINEERING, EnumSet.of(DATA_ANALYSIS, BACKEND),
                DEVOPS, EnumSet.of(IT_OPERATIONS, BACKEND));

        private final Pattern words;

        Role(String... words) {
            this.words = words.length == 0 ? null : anyWord(List.of(words));
        }

        static Role of(String headline) {
            Role found = NONE;
            int at = -1;
            for (Role role : values()) {
                int i = role.words == null ? -1 : firstIndex(role.words, headline);
                if (i >= 0 && (at < 0 || i < at)) {
                    found = role;
                    at = i;
                }
            }
            return found;
        }

        double similarity(Role other) {
            if (this == NONE || other == NONE) {
                return 0;
            }
            if (this == other) {
                return 1;
            }
            boolean near = NEIGHBOURS.getOrDefault(this, Set.of()).contains(other)
                    || NEIGHBOURS.getOrDefault(other, Set.of()).contains(this);
            return near ? 0.5 : 0;
        }
    }
}
