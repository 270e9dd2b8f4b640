package org.pactwatch.cli;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.pactwatch.company.CompanyRegistry;
import org.pactwatch.extraction.DealExtractor;
import org.pactwatch.extraction.DealExtractors;
import org.pactwatch.extraction.ExtractionRequest;
import org.pactwatch.extraction.GoldSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code benchmark}: documents/s and tokens/s of the extractor against the stock CoreNLP pipeline
 * (tokenize,ssplit,pos,lemma,ner with default settings over every sentence), with the same thread counts, in
 * one run, on the dev set and on a generated synthetic news corpus. Reports medians of repeated runs, per
 * wall-clock second and per CPU second of the worker threads (the latter stays comparable on a busy machine).
 */
@Command(
        name = "benchmark",
        mixinStandardHelpOptions = true,
        description = "Measure extraction speed against the stock CoreNLP pipeline (medians of repeated runs).")
final class BenchmarkCommand implements Callable<Integer> {

    @Option(names = "--gold", paramLabel = "DIR", description = "dev set folder (default: data/gold)")
    Path gold = Path.of("data", "gold");

    @Option(names = "--articles", description = "synthetic articles for the extractor (default: 2000)")
    int articles = 2000;

    @Option(names = "--baseline-articles", description = "synthetic articles for the stock pipeline (default: 100)")
    int baselineArticles = 100;

    @Option(names = "--runs", description = "repeated runs per measurement (default: 3)")
    int runs = 3;

    @Option(names = "--threads", split = ",", description = "thread counts (default: 1 and all cores)")
    List<Integer> threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return CliLogging.keepingStdout(spec, out -> {
            List<Integer> threadCounts = threads != null
                    ? threads
                    : List.of(1, Runtime.getRuntime().availableProcessors()).stream()
                            .distinct()
                            .toList();
            List<String> dev =
                    GoldSet.load(gold).stream().map(GoldSet.GoldDoc::text).toList();
            List<String> synthetic = SyntheticCorpus.generate(CompanyRegistry.loadDefault(), articles, 42L);
            List<String> baselineSynthetic = synthetic.subList(0, Math.min(baselineArticles, synthetic.size()));
            if (BenchmarkCommand.class.getClassLoader().getResource(STOCK_NER_MODEL) == null) {
                spec.commandLine()
                        .getErr()
                        .println("pactwatch: the stock CoreNLP baseline needs CoreNLP's full models jar, which the"
                                + " packaged jar leaves out: run benchmark from the class path with"
                                + " stanford-corenlp-4.5.10-models.jar added (docs/benchmarks.md, Extraction)");
                return 1;
            }
            DealExtractor extractor = DealExtractors.shared();
            StanfordCoreNLP stock = new StanfordCoreNLP(stockProperties());
            long devTokens = tokens(dev);
            long synTokens = tokens(synthetic);
            long baseSynTokens = tokens(baselineSynthetic);
            out.printf(
                    Locale.ROOT,
                    "corpus: dev %d docs / %d tokens; synthetic %d docs / %d tokens (baseline: %d docs)%n",
                    dev.size(),
                    devTokens,
                    synthetic.size(),
                    synTokens,
                    baselineSynthetic.size());
            out.printf(
                    Locale.ROOT,
                    "%-10s %-8s %-9s %12s %12s %14s %14s%n",
                    "corpus",
                    "threads",
                    "pipeline",
                    "docs/s",
                    "tokens/s",
                    "docs/cpu-s",
                    "tokens/cpu-s");
            for (int t : threadCounts) {
                Consumer<String> ours = text -> extractor.extract(new ExtractionRequest("b", text, null, null));
                Consumer<String> baseline = text -> stock.annotate(new Annotation(text));
                compare(out, "dev", t, ours, dev, devTokens, baseline, dev, devTokens);
                compare(out, "synthetic", t, ours, synthetic, synTokens, baseline, baselineSynthetic, baseSynTokens);
            }
            out.printf(Locale.ROOT, "heap max %d MB%n", Runtime.getRuntime().maxMemory() / 1024 / 1024);
            return 0;
        });
    }

    /** One of the default NER models the stock pipeline loads and the packaged jar does not ship. */
    static final String STOCK_NER_MODEL = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";

    static Properties stockProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // SUTime needs a JAXB runtime that this build excludes (it clashes with Boot); everything else is default
        p.setProperty("ner.useSUTime", "false");
        return p;
    }

    private static long tokens(List<String> docs) {
        StanfordCoreNLP counter = new StanfordCoreNLP(tokenizerOnly());
        long n = 0;
        for (String d : docs) {
            Annotation a = new Annotation(d);
            counter.annotate(a);
            n += a.get(edu.stanford.nlp.ling.CoreAnnotations.TokensAnnotation.class)
                    .size();
        }
        return n;
    }

    private static Properties tokenizerOnly() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize");
        return p;
    }

    private static void row(
            PrintWriter out, String corpus, int threads, String pipeline, Rate rate, double tokensPerDoc) {
        out.printf(
                Locale.ROOT,
                "%-10s %-8d %-9s %12.2f %12.0f %14.2f %14.0f%n",
                corpus,
                threads,
                pipeline,
                rate.wall(),
                rate.wall() * tokensPerDoc,
                rate.cpu(),
                rate.cpu() * tokensPerDoc);
    }

    /** Measures both pipelines on one corpus with one thread count and prints their rows and ratio. */
    private void compare(
            PrintWriter out,
            String corpus,
            int threads,
            Consumer<String> ours,
            List<String> oursDocs,
            long oursTokens,
            Consumer<String> stock,
            List<String> stockDocs,
            long stockTokens)
            throws Exception {
        Rate oursRate = median(oursDocs, ours, threads);
        Rate stockRate = median(stockDocs, stock, threads);
        row(out, corpus, threads, "pactwatch", oursRate, oursTokens / (double) oursDocs.size());
        row(out, corpus, threads, "stock", stockRate, stockTokens / (double) stockDocs.size());
        ratio(out, corpus, threads, oursRate, stockRate);
        out.flush();
    }

    private static void ratio(PrintWriter out, String corpus, int threads, Rate ours, Rate stock) {
        out.printf(
                Locale.ROOT,
                "%-10s %-8d %-9s %11.1fx %12s %13.1fx%n",
                corpus,
                threads,
                "ratio",
                ours.wall() / stock.wall(),
                "",
                ours.cpu() / stock.cpu());
    }

    /** Medians over the runs of documents per wall-clock second and per CPU second of the worker threads. */
    record Rate(double wall, double cpu) {}

    /** One untimed warm-up pass over a few documents first, then the timed runs. */
    private Rate median(List<String> docs, Consumer<String> work, int threadCount) throws Exception {
        docs.stream().limit(3).forEach(work);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        double[] wall = new double[runs];
        double[] perCpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            LongAdder cpuNanos = new LongAdder();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(threadCount)) {
                List<Future<?>> futures = new ArrayList<>();
                for (String d : docs) {
                    futures.add(pool.submit(() -> {
                        long before = cpu.getCurrentThreadCpuTime();
                        work.accept(d);
                        cpuNanos.add(cpu.getCurrentThreadCpuTime() - before);
                    }));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            }
            wall[r] = docs.size() / ((System.nanoTime() - start) / 1e9);
            perCpu[r] = docs.size() / (cpuNanos.sum() / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(perCpu);
        return new Rate(wall[runs / 2], perCpu[runs / 2]);
    }

    /** Deterministic news-like articles of about 800 tokens: mostly market prose, some deal sentences. */
    static final class SyntheticCorpus {

        private static final String[] FILLER = {
            "Shares of the company rose %d%% in early trading after analysts raised their price targets.",
            "The chief executive told employees in a memo that the next year would bring difficult choices about where to spend.",
            "Demand for data-centre hardware has outpaced supply for several quarters, according to industry researchers.",
            "Regulators in Brussels and Washington have stepped up their scrutiny of large technology platforms this year.",
            "The group reported quarterly revenue of $%d billion, ahead of the consensus forecast.",
            "Executives said the new model would be available to enterprise customers in the coming months.",
            "Competition for engineers with experience in machine learning has pushed salaries sharply higher.",
            "The stock has gained about %d%% since January, outperforming the broader technology index.",
            "Several customers said they were still evaluating how much to spend on generative software next year.",
            "The firm expects capital expenditure of roughly $%d billion this year, mostly on servers and buildings.",
            "A spokesperson declined to comment on the figures, citing the quiet period before earnings.",
            "The report said electricity prices near large data-centre clusters had climbed for a third straight year."
        };
        private static final String[] DEALS = {
            "%s said on Tuesday it would invest $%d billion in %s, deepening a partnership between the two companies.",
            "%s has agreed to acquire %s for about $%d billion in cash, subject to regulatory approval.",
            "%s signed a $%d billion agreement to buy cloud computing capacity from %s over five years.",
            "%s and %s announced a strategic partnership to develop new products for enterprise customers.",
            "%s raised $%d million in a funding round led by %s, the company said."
        };

        private SyntheticCorpus() {}

        static List<String> generate(CompanyRegistry registry, int count, long seed) {
            List<String> names = registry.companies().stream()
                    .map(CompanyRegistry.Company::name)
                    .toList();
            Random random = new Random(seed);
            List<String> docs = new ArrayList<>(count);
            for (int d = 0; d < count; d++) {
                StringBuilder text = new StringBuilder();
                String a = names.get(random.nextInt(names.size()));
                String b = names.get(random.nextInt(names.size()));
                text.append(a).append(" weighs its next move as AI spending climbs\n\n");
                int words = 0;
                while (words < 700) {
                    String sentence;
                    if (random.nextInt(10) == 0) {
                        String template = DEALS[random.nextInt(DEALS.length)];
                        sentence = dealSentence(template, a, b, random);
                    } else {
                        sentence = String.format(
                                Locale.ROOT, FILLER[random.nextInt(FILLER.length)], 2 + random.nextInt(40));
                    }
                    text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
                    words += sentence.split(" ").length;
                }
                docs.add(text.toString());
            }
            return docs;
        }

        private static String dealSentence(String template, String a, String b, Random random) {
            int n = 1 + random.nextInt(20);
            return switch (template.indexOf("%d")) {
                case -1 -> String.format(Locale.ROOT, template, a, b);
                default ->
                    template.startsWith("%s said")
                            ? String.format(Locale.ROOT, template, a, n, b)
                            : template.startsWith("%s has agreed")
                                    ? String.format(Locale.ROOT, template, a, b, n)
                                    : String.format(Locale.ROOT, template, a, n, b);
            };
        }
    }
}
