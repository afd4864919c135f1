package dev.assay.suites.resume;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code SkillVocabulary} is used to find the technical skills a resume or job description names,
 * as canonical names ({@code "kubernetes"} for "Kubernetes", "K8s" or "EKS").
 *
 * <p>Normalisation: the text is lower-cased; every character other than a letter, a digit or one
 * of {@code + # . / -} becomes a space; it is split into words, and dots, dashes and slashes that
 * end a word are dropped. So "C++", "C#", "Node.js" and "CI/CD" survive as words, "Node.js." and
 * "(EKS)" lose their punctuation, and "JavaScript" is never mistaken for "Java". Phrases of up to
 * three words are then looked up in the alias table ("spring boot", "amazon web services"); a word
 * holding a slash ("Python/Django") is also looked up part by part.
 *
 * <p>The vocabulary is closed and hand-written for software and data roles. Aliases that are also
 * everyday English words are left out on purpose: Go is found only as "Golang", REST only as
 * "REST API" or "RESTful", Spring only as "Spring Boot", and R and C not at all, because a match on
 * "go", "the rest" or "last spring" would reward a resume for its prose. Negations ("no Kafka
 * experience") are not understood; resumes rarely list what they lack, so the simple matcher stays.
 *
 * <pre>{@code
 * Set<String> skills = SkillVocabulary.find("Built REST APIs in Node.js on K8s");
 * // [node.js, rest api, kubernetes]  (vocabulary order)
 * }</pre>
 */
final class SkillVocabulary {

    private static final int MAX_PHRASE_WORDS = 3;
    private static final Pattern NOT_IN_A_WORD = Pattern.compile("[^a-z0-9+#./\\-]+");

    /** Alias → canonical skill. */
    private static final Map<String, String> ALIASES = new HashMap<>();
    /** Canonical skills in the order they are declared, so results read in a stable order. */
    private static final List<String> ORDER = new ArrayList<>();

    static {
        // Languages
        skill("java");
        skill("kotlin");
        skill("scala");
        skill("c#", ".net", "asp.net", "asp.net core");
        skill("python");
        skill("ruby");
        skill("php");
        skill("javascript", "js");
        skill("typescript");
        skill("golang");
        skill("c++");
        skill("rust");
        skill("bash", "shell scripting");
        skill("powershell");
        skill("sql");
        // Backend frameworks and API styles
        skill("spring boot", "spring framework", "spring mvc");
        skill("django", "django rest framework");
        skill("flask");
        skill("fastapi");
        skill("rails", "ruby on rails");
        skill("laravel");
        skill("node.js", "nodejs", "node");
        skill("express", "express.js");
        skill("rest api", "rest apis", "restful");
        skill("graphql");
        skill("grpc");
        skill("microservices");
        skill("celery");
        skill("sidekiq");
        // Frontend
        skill("react", "react.js", "reactjs");
        skill("angular", "angularjs");
        skill("vue", "vue.js");
        skill("next.js", "nextjs");
        skill("redux");
        skill("rxjs");
        skill("html", "html5");
        skill("css", "css3", "sass", "scss");
        skill("accessibility", "wcag");
        // Mobile
        skill("ios");
        skill("swift");
        skill("swiftui");
        skill("android");
        skill("jetpack compose");
        skill("react native");
        skill("flutter");
        skill("firebase");
        // Data and machine learning
        skill("pandas");
        skill("numpy");
        skill("scikit-learn", "sklearn");
        skill("xgboost");
        skill("pytorch");
        skill("tensorflow");
        skill("hugging face", "transformer models");
        skill("machine learning");
        skill("nlp", "natural language processing");
        skill("statistics");
        skill("a/b testing", "a/b tests", "ab testing");
        skill("spark", "apache spark", "pyspark");
        skill("airflow");
        skill("dbt");
        skill("kafka");
        skill("snowflake");
        skill("bigquery");
        skill("redshift");
        skill("tableau");
        skill("power bi");
        skill("looker");
        skill("mlflow");
        // Databases
        skill("postgresql", "postgres");
        skill("mysql");
        skill("sql server");
        skill("oracle");
        skill("mongodb", "mongo");
        skill("dynamodb");
        skill("redis");
        // Infrastructure and operations
        skill("docker", "containerised", "containerized");
        skill("kubernetes", "k8s", "eks", "gke");
        skill("terraform");
        skill("ansible");
        skill("cloudformation");
        skill("aws", "amazon web services", "sagemaker");
        skill("azure");
        skill("gcp", "google cloud");
        skill("ci/cd", "github actions", "jenkins", "gitlab ci");
        skill("linux");
        skill("prometheus");
        skill("grafana");
        skill("datadog");
        skill("git", "github");
        // Testing
        skill("jest");
        skill("junit");
        skill("espresso");
        skill("pytest");
        skill("cypress");
        skill("selenium");
        skill("playwright");
        // Security
        skill("penetration testing", "pentesting");
        skill("owasp");
        skill("burp suite");
        skill("splunk", "siem");
        skill("incident response");
    }

    private SkillVocabulary() {
    }

    /** The canonical skills named in {@code text}, in vocabulary order. */
    static Set<String> find(String text) {
        List<String> words = words(text);
        Set<String> found = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            for (int n = 0; n < MAX_PHRASE_WORDS && i + n < words.size(); n++) {
                phrase.append(n == 0 ? "" : " ").append(words.get(i + n));
                addIfSkill(phrase.toString(), found);
            }
            if (words.get(i).contains("/")) {
                for (String part : words.get(i).split("/")) {
                    addIfSkill(part, found);
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String skill : ORDER) {
            if (found.contains(skill)) {
                ordered.add(skill);
            }
        }
        return ordered;
    }

    private static List<String> words(String text) {
        String kept = NOT_IN_A_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
        List<String> words = new ArrayList<>();
        for (String word : kept.split(" ")) {
            // "Node.js." ends a sentence; the full stop is not part of the name.
            int end = word.length();
            while (end > 0 && ".-/".indexOf(word.charAt(end - 1)) >= 0) {
                end--;
            }
            if (end > 0) {
                words.add(word.substring(0, end));
            }
        }
        return words;
    }

    private static void addIfSkill(String phrase, Set<String> found) {
        String skill = ALIASES.get(phrase);
        if (skill != null) {
            found.add(skill);
        }
    }

    /** Declares a skill: its canonical name (itself an alias) and its other aliases. */
    private static void skill(String canonical, String... aliases) {
        ALIASES.put(canonical, canonical);
        for (String alias : aliases) {
            ALIASES.put(alias, canonical);
        }
        ORDER.add(canonical);
    }
}
