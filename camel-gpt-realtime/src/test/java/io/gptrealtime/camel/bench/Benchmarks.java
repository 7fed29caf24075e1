package io.gptrealtime.camel.bench;

import java.util.Collection;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of the component and prints a summary in microseconds per operation.
 * <p>
 * {@code mvn -B -q -pl camel-gpt-realtime -am test-compile exec:java -Dexec.mainClass=io.gptrealtime.camel.bench.Benchmarks -Dexec.classpathScope=test}
 * (argument: a regex of benchmarks to run; default all codec benchmarks).
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String include = args.length > 0 ? args[0] : CodecBenchmark.class.getSimpleName();
        Options options = new OptionsBuilder()
                .include(include)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .jvmArgs("-Xms256m", "-Xmx256m")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.println("benchmark                                   us/op     error");
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            System.out.printf("%-40s %9.3f  ±%7.3f%n", name, r.getPrimaryResult().getScore(),
                    r.getPrimaryResult().getScoreError());
        }
    }
}
