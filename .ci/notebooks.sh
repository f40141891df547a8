#!/usr/bin/env bash
# Executes every notebook headless in real Jupyter, in IJava 1.3.0 and in JJava, the way users run them, then checks
# what the executed notebooks show (.ci/check_notebooks.py). Run after `mvn -B verify` (it installs the verified
# target/wage-outlook-VERSION.jar).
#
# - Kernels: the kernelspecs in ../shared/tools/jupyter-kernels (beside the repository), copied into a Jupyter path
#   under target/notebooks, so that no kernel installed on the machine takes part.
# - Library: each notebook's first cell is `%maven io.github.wageoutlook:wage-outlook:VERSION`, resolved from the
#   local Maven repository the build installs into (the user's ~/.m2/repository; `mvn install` of the jar and pom
#   that `mvn verify` built and tested). Its dependencies come from that repository or Maven Central, as for a user.
# - Notebooks: notebooks/*.ipynb, and .ci/notebooks/*.ipynb: kernel-display shows every kind of library object once;
#   a notebook named ijava-* or jjava-* runs in that kernel only (jjava-extension: JJava shows the library's tables
#   with no setup call, through the library's extension).
# - IJava from an empty local repository: a third kernel, IJava with its own user.home, whose ~/.m2/repository
#   holds only the installed artifact and whose Ivy cache is empty, runs .ci/notebooks/kernel-display.ipynb: every
#   dependency must come through IJava's %maven (Ivy) from Maven Central.
#
# NOTEBOOK_M2_REPO=DIR installs into DIR instead of ~/.m2/repository and points the two kernels there (through
# -Duser.home), for machines where other builds share ~/.m2.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

KERNELS=${NOTEBOOK_KERNELS:-$ROOT/../shared/tools/jupyter-kernels}
WORK=$ROOT/target/notebooks            # Jupyter path, kernel homes, executed copies, logs: all under target/
STARTUP_TIMEOUT=${NOTEBOOK_STARTUP_TIMEOUT:-120}
CELL_TIMEOUT=${NOTEBOOK_CELL_TIMEOUT:-600}
TRIES=${NOTEBOOK_TRIES:-2}
started=$(date +%s)

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
java -version 2>&1 | sed -n 1p

echo "== notebooks: the library, installed into the local Maven repository"
VERSION=$(/usr/bin/python3 -c 'import xml.etree.ElementTree as E
p = E.parse("pom.xml").getroot(); ns = {"m": "http://maven.apache.org/POM/4.0.0"}
print(p.find("m:version", ns).text)')
JAR=$ROOT/target/wage-outlook-$VERSION.jar
if [ ! -f "$JAR" ]; then
    echo "no $JAR: run mvn -B verify first" >&2
    exit 1
fi
USER_HOME=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *user.home = //p')
REPO=${NOTEBOOK_M2_REPO:-$USER_HOME/.m2/repository}
install_library() {   # install_library REPOSITORY: what `mvn install` puts there (jar, pom, local metadata)
    mvn -B -q -Dstyle.color=never install:install-file -Dfile="$JAR" -DpomFile=pom.xml \
        -DlocalRepositoryPath="$1" 2>&1 | sed 's/\x1b\[[0-9;]*m//g'   # Maven 3.8 colours even in batch mode
}
install_library "$REPO"
echo "installed io.github.wageoutlook:wage-outlook:$VERSION into $REPO"
# IJava's Ivy copies a SNAPSHOT into its cache once and does not look at the local repository again: drop our own
# artifact from the caches the kernels use, so that they load the jar just installed.
rm -rf "$HOME/.ivy2/cache/io.github.wageoutlook" "$ROOT/target/notebook-home/.ivy2/cache/io.github.wageoutlook"
for nb in notebooks/*.ipynb .ci/notebooks/*.ipynb; do
    if ! grep -q "\"%maven io.github.wageoutlook:wage-outlook:$VERSION\\\\n\"" "$nb"; then
        echo "$nb does not start with %maven io.github.wageoutlook:wage-outlook:$VERSION (the pom's version)" >&2
        exit 1
    fi
done

echo "== notebooks: kernels"
rm -rf "$WORK"
mkdir -p "$WORK/jupyter/kernels" "$WORK/executed" "$WORK/logs"
export JUPYTER_PATH=$WORK/jupyter JUPYTER_DATA_DIR=$WORK/jupyter-data JUPYTER_CONFIG_DIR=$WORK/jupyter-config
export JUPYTER_RUNTIME_DIR=$WORK/runtime
kernel_home() {   # kernel_home DIR REPOSITORY: a user.home whose ~/.m2/repository is REPOSITORY
    mkdir -p "$1/.m2"
    ln -sfn "$2" "$1/.m2/repository"
}
install_kernel() {   # install_kernel NAME FOLDER [USER_HOME]: the kernelspec FOLDER as NAME, java with that user.home
    cp -r "$KERNELS/$2" "$WORK/jupyter/kernels/$1"
    if [ -n "${3:-}" ]; then
        /usr/bin/python3 - "$WORK/jupyter/kernels/$1/kernel.json" "$3" <<'EOF'
import json, sys
path, home = sys.argv[1], sys.argv[2]
spec = json.load(open(path))
if any("jjava" in a for a in spec["argv"]):
    spec.setdefault("env", {})["JJAVA_JVM_OPTS"] = "-Duser.home=" + home   # the launcher starts the kernel's JVM
else:
    spec["argv"].insert(1, "-Duser.home=" + home)
json.dump(spec, open(path, "w"), indent=1)
EOF
    fi
    echo "kernel $1: $(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["display_name"])' \
        "$WORK/jupyter/kernels/$1/kernel.json") from $2${3:+, user.home $3}"
}
SHARED_HOME=""
if [ -n "${NOTEBOOK_M2_REPO:-}" ]; then
    SHARED_HOME=$ROOT/target/notebook-home   # kept between runs: Ivy's cache and JJava's downloads
    kernel_home "$SHARED_HOME" "$REPO"
fi
install_kernel ijava ijava-1.3.0 "$SHARED_HOME"
install_kernel jjava jjava "$SHARED_HOME"
EMPTY_HOME=$WORK/ijava-empty-home
mkdir -p "$EMPTY_HOME/.m2/repository"
install_library "$EMPTY_HOME/.m2/repository"
install_kernel ijava-empty-repository ijava-1.3.0 "$EMPTY_HOME"

run() {   # run KERNEL NOTEBOOK: executes into $WORK/executed/KERNEL/
    local kernel=$1 nb=$2 name log start try
    name=$(basename "$nb" .ipynb)
    log=$WORK/logs/$kernel-$name.log
    mkdir -p "$WORK/executed/$kernel"
    for try in $(seq 1 "$TRIES"); do
        start=$(date +%s)
        if timeout 1800 jupyter-nbconvert --to notebook --execute \
                --ExecutePreprocessor.kernel_name="$kernel" \
                --ExecutePreprocessor.startup_timeout="$STARTUP_TIMEOUT" \
                --ExecutePreprocessor.timeout="$CELL_TIMEOUT" \
                --output-dir "$WORK/executed/$kernel" "$nb" >"$log" 2>&1; then
            echo "$kernel  $nb: executed in $(( $(date +%s) - start )) s"
            return 0
        fi
        if grep -q -e "Kernel didn't respond" -e "Kernel died" "$log" && [ "$try" -lt "$TRIES" ]; then
            echo "$kernel  $nb: kernel did not start (try $try of $TRIES), retrying"
            continue
        fi
        break   # a cell failed: retrying would not help
    done
    echo "$kernel  $nb: FAILED; end of $log:" >&2
    tail -40 "$log" >&2
    return 1
}

echo "== notebooks: execute, each in IJava and in JJava"
status=0
for kernel in ijava jjava; do
    for nb in notebooks/*.ipynb .ci/notebooks/*.ipynb; do
        case $(basename "$nb") in
            ijava-*|jjava-*) [[ $(basename "$nb") == "$kernel"-* ]] || continue ;;   # for that kernel only
        esac
        run "$kernel" "$nb" || status=1
    done
done

echo "== notebooks: IJava's %maven from an empty local repository (only the installed artifact; empty Ivy cache)"
echo "before: $(find "$EMPTY_HOME/.m2/repository" -type f -name '*.jar' | sed "s|$EMPTY_HOME/||")"
run ijava-empty-repository .ci/notebooks/kernel-display.ipynb || status=1
for resolver in maven-local maven-central; do   # where IJava's Ivy found each jar it put on the class path
    jars=$(for jar in "$EMPTY_HOME"/.ivy2/cache/*/*/jars/*.jar; do
        if grep -qx "artifact.resolver=$resolver" "$(dirname "$(dirname "$jar")")"/ivydata-*.properties; then
            basename "$jar"
        fi
    done | sort)
    echo "after, from $resolver: $(echo "$jars" | grep -c .) jars: $(echo $jars)"
done
if [ "$status" -ne 0 ]; then exit "$status"; fi

echo "== notebooks: check outputs"
/usr/bin/python3 .ci/check_notebooks.py "$WORK/executed"
echo "notebooks: done in $(( $(date +%s) - started )) s"
