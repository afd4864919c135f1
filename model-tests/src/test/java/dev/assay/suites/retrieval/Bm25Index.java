package dev.assay.suites.retrieval;

import dev.assay.api.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 over the corpus, by Apache Lucene: an in-memory index of the documents' text under Lucene's
 * {@link EnglishAnalyzer} (stop words, possessives, Porter stemming), searched with
 * {@link BM25Similarity}'s defaults (k1 = 1.2, b = 0.75) by a disjunction of the query's analysed terms.
 * The lexical baseline every retrieval system should beat.
 */
final class Bm25Index implements AutoCloseable {

    private static final String ID = "id";
    private static final String TEXT = "text";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    Bm25Index(Corpus corpus) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(new BM25Similarity());
            try (IndexWriter writer = new IndexWriter(directory, config)) {
                for (String id : corpus.ids()) {
                    Document doc = new Document();
                    doc.add(new StringField(ID, id, Field.Store.YES));
                    doc.add(new TextField(TEXT, corpus.text(id), Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the {@code top} best documents for {@code query}, best first; fewer when fewer share a term. */
    List<String> search(String query, int top) throws IOException {
        BooleanQuery.Builder terms = new BooleanQuery.Builder();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(new TermQuery(new Term(TEXT, term.toString())), BooleanClause.Occur.SHOULD);
            }
            tokens.end();
        }
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(terms.build(), top).scoreDocs) {
            ids.add(searcher.storedFields().document(hit.doc).get(ID));
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
        analyzer.close();
    }
}
