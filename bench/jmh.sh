# Shared by the JMH benchmarks (sourced, not run): compiles a benchmark class in bench/ with JMH
# 1.37 (its class path from bench/jmh/pom.xml) against the application's and tests' classes, runs
# it in one fork, and leaves JMH's JSON in $WORK/result.json for the caller's table. Set WORK first.
#
#   jmh_run <BenchmarkClass> <JMH options...>
jmh_run() {
  local bench=$1
  shift
  rm -rf "$WORK" && mkdir -p "$WORK/classes"
  ./mvnw -q -B -ntp test-compile -Dspotless.check.skip=true
  ./mvnw -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$WORK/app.classpath"
  ./mvnw -q -B -ntp -f bench/jmh/pom.xml dependency:build-classpath -Dmdep.outputFile="$PWD/$WORK/jmh.classpath"
  local cp
  cp="$(cat "$WORK/jmh.classpath"):target/classes:target/test-classes:$(cat "$WORK/app.classpath")"
  javac -nowarn -cp "$cp" -processorpath "$(cat "$WORK/jmh.classpath")" -d "$WORK/classes" "bench/$bench.java"
  java -cp "$WORK/classes:$cp" org.openjdk.jmh.Main "$bench" -f 1 "$@" \
    -rf json -rff "$WORK/result.json" | tee "$WORK/jmh.log"
}
