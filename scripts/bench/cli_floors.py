"""The floors under the CLI's start, for cli_wall.py: bare programs on the product's stacks, run as
bin/swf-relay runs the product.

- The Netty floor (NettyFloor.java, mode http): Netty's epoll transport and HTTP codec answering
  every request with one fixed answer, nothing else; under `serve` from launch to its first answer.
- The SDK floor (SdkFloor.java): an SwfClient for an endpoint on the adapter's HTTP client making one
  ListOpenWorkflowExecutions; under `list`.

Both are compiled against the fat jar and jarred (a class-data archive names jars, not folders).
Each gets a static class-data archive of its own, made as make-dist.sh and bin/swf-relay-archive
make the product's: one training run with the launcher's flags listing the classes it loads
(-XX:DumpLoadedClassList), then -Xshare:dump from that list. They run with the launcher's flags
(the Netty floor with `serve`'s too), their archive and -Xshare:auto.
"""
import os
import re
import shutil
import subprocess

# bin/swf-relay's flags for every command, `serve`'s own, and its logging
LAUNCHER_FLAGS = ["-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dio.netty.leakDetection.level=disabled",
                  "-Dio.netty.jfr.enabled=false", "-XX:CICompilerCount=1", "-XX:-UseDynamicNumberOfCompilerThreads"]
SERVE_FLAGS = ["-XX:CompileThresholdScaling=0.5"]
LOGGING = ["-Xlog:disable", "-Xlog:all=warning:stderr", "-Xlog:cds=off,cds+dynamic=off:stderr"]
SOURCES = ("NettyFloor.java", "SdkFloor.java")


def launcher_java():
    """The java bin/swf-relay runs: $JAVA, else $JAVA_HOME/bin/java, else PATH's."""
    if os.environ.get("JAVA"):
        return os.environ["JAVA"]
    if os.environ.get("JAVA_HOME"):
        return os.path.join(os.environ["JAVA_HOME"], "bin", "java")
    return shutil.which("java") or "java"


def unavailable(java, jar):
    """Why the floors cannot be built with this java and fat jar (None when they can)."""
    if not os.path.isfile(jar):
        return f"no fat jar at {jar}"
    try:
        version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr
    except OSError:
        return f"cannot run {java}"
    major = re.search(r'version "(\d+)', version)
    if not major or major.group(1) != "17":
        return f"{java} is not Java 17 ({version.splitlines()[0] if version else 'no version'})"
    if not os.path.isfile(javac_beside(java)):
        return f"no javac beside {os.path.realpath(shutil.which(java) or java)}"
    return None


def javac_beside(java):
    """The javac of the JDK that holds java (the same JDK compiles what it runs)."""
    return os.path.join(os.path.dirname(os.path.realpath(shutil.which(java) or java)), "javac")


class Floors:
    """Both floors compiled against JAR into FOLDER, each archived on its first use."""

    def __init__(self, java, jar, folder):
        self.java, self.folder = java, folder
        here = os.path.dirname(os.path.abspath(__file__))
        classes = os.path.join(folder, "classes")
        subprocess.run([javac_beside(java), "-d", classes, "-cp", jar]
                       + [os.path.join(here, source) for source in SOURCES], check=True)
        floors_jar = os.path.join(folder, "floors.jar")
        subprocess.run([os.path.join(os.path.dirname(javac_beside(java)), "jar"), "--create",
                        "--file", floors_jar, "-C", classes, "."], check=True)
        self.classpath = jar + os.pathsep + floors_jar

    def netty(self, train_first_answer):
        """The command that runs the Netty floor as bin/swf-relay runs `serve` (`serve --port N` to be
        appended); train_first_answer(command) launches it once and waits for its first answer."""
        main = ["NettyFloor", "http"]
        return self._archived("netty-floor", lambda jvm: train_first_answer(jvm + main), SERVE_FLAGS) + main

    def sdk(self, endpoint, domain):
        """The command that runs the SDK floor's listing of DOMAIN at ENDPOINT as bin/swf-relay runs `list`."""
        main = ["SdkFloor", endpoint, domain]
        return self._archived("sdk-floor", lambda jvm: subprocess.run(jvm + main, check=True, capture_output=True)) \
            + main

    def _archived(self, name, train, extra_flags=()):
        """The JVM's part of a command running on FOLDER/NAME.jsa, made from the classes that
        train(the JVM's part of a command) loaded in one run with the launcher's flags."""
        class_list = os.path.join(self.folder, name + ".classlist")
        archive = os.path.join(self.folder, name + ".jsa")
        train([self.java, *LAUNCHER_FLAGS, f"-XX:DumpLoadedClassList={class_list}", "-cp", self.classpath])
        subprocess.run([self.java, "-Xshare:dump", f"-XX:SharedClassListFile={class_list}",
                        f"-XX:SharedArchiveFile={archive}", "-Xlog:disable", "-Xlog:all=error:stderr",
                        "-cp", self.classpath], check=True, stdout=subprocess.DEVNULL)
        return [self.java, *LAUNCHER_FLAGS, *extra_flags, *LOGGING, f"-XX:SharedArchiveFile={archive}",
                "-Xshare:auto", "-cp", self.classpath]
