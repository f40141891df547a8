#!/usr/bin/env bash
# Executes every notebooks/*.ipynb headless in real Jupyter, fails on any cell error, and checks the figures the
# notebooks print (.ci/check_notebooks.py). Run after `mvn -B verify` (it needs target/wage-outlook-*.jar).
#
# Jupyter comes from Debian (jupyter-nbconvert, jupyter-client). The kernel is rapaio-jupyter-kernel from Maven
# Central, a JShell kernel like IJava (which is not obtainable here); the notebooks use no magics, so they run
# unchanged in both. The library and its dependencies reach the kernel through RJK_CLASSPATH.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

KERNEL_ARTIFACT=io.github.padreati:rapaio-jupyter-kernel:3.0.1
WORK=$ROOT/target/notebooks            # kernel, kernel spec, executed copies, logs: all under target/
LIB=$ROOT/target/notebook-lib          # the library jar and its runtime dependencies
# rapaio-jupyter-kernel 3.0.1 sometimes never answers at start-up (its loop threads can exit before they run):
# a short start-up timeout and a bounded retry of the whole run make it reliable.
STARTUP_TIMEOUT=${NOTEBOOK_STARTUP_TIMEOUT:-30}
CELL_TIMEOUT=${NOTEBOOK_CELL_TIMEOUT:-300}
TRIES=${NOTEBOOK_TRIES:-6}

echo "== notebooks: Jupyter"
if ! command -v jupyter-nbconvert >/dev/null 2>&1 \
        || ! /usr/bin/python3 -c 'import nbformat, nbconvert, jupyter_client' >/dev/null 2>&1; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo -n"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends jupyter-nbconvert jupyter-client python3-nbformat \
        >/dev/null
fi
jupyter-nbconvert --version | sed 's/^/nbconvert /'

echo "== notebooks: kernel and classpath"
rm -rf "$WORK" "$LIB"
mkdir -p "$WORK/kernel" "$WORK/jupyter/kernels/java" "$WORK/executed" "$WORK/logs" "$LIB"
mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="$KERNEL_ARTIFACT" -DoutputDirectory="$WORK/kernel"
KERNEL_JAR=$(ls "$WORK"/kernel/rapaio-jupyter-kernel-*.jar)
JAVA_BIN=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA_BIN=$JAVA_HOME/bin/java; fi
cat > "$WORK/jupyter/kernels/java/kernel.json" <<EOF
{
  "argv": ["$JAVA_BIN", "-cp", "$KERNEL_JAR", "org.rapaio.jupyter.kernel.MainApp", "{connection_file}"],
  "display_name": "Java",
  "language": "java",
  "interrupt_mode": "message"
}
EOF
mvn -B -q -Dstyle.color=never dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB"
LIB_JAR=$(ls "$ROOT"/target/wage-outlook-*.jar | grep -v -e '-sources.jar$' -e '-javadoc.jar$' | head -1)
if [ -z "$LIB_JAR" ]; then
    echo "no target/wage-outlook-*.jar: run mvn -B verify first" >&2
    exit 1
fi
cp "$LIB_JAR" "$LIB/"
echo "kernel $(basename "$KERNEL_JAR"); classpath $(ls "$LIB" | wc -l) jars incl. $(basename "$LIB_JAR")"

export JUPYTER_PATH=$WORK/jupyter
export JUPYTER_RUNTIME_DIR=$WORK/runtime
export RJK_CLASSPATH="$LIB/*"

echo "== notebooks: execute"
status=0
for nb in notebooks/*.ipynb; do
    name=$(basename "$nb" .ipynb)
    log=$WORK/logs/$name.log
    ok=no
    for try in $(seq 1 "$TRIES"); do
        start=$(date +%s)
        if timeout 900 jupyter-nbconvert --to notebook --execute \
                --ExecutePreprocessor.kernel_name=java \
                --ExecutePreprocessor.startup_timeout="$STARTUP_TIMEOUT" \
                --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
                --output-dir "$WORK/executed" "$nb" >"$log" 2>&1; then
            echo "$nb: executed in $(( $(date +%s) - start )) s (try $try)"
            ok=yes
            break
        fi
        if grep -q -e "Kernel didn't respond" -e "Kernel died" "$log"; then
            echo "$nb: kernel did not start (try $try of $TRIES), retrying"
            continue
        fi
        break   # a cell failed: retrying would not help
    done
    if [ "$ok" != yes ]; then
        echo "$nb: FAILED; end of $log:" >&2
        tail -40 "$log" >&2
        status=1
    fi
done
if [ "$status" -ne 0 ]; then exit "$status"; fi

echo "== notebooks: check outputs"
/usr/bin/python3 .ci/check_notebooks.py "$WORK/executed"
