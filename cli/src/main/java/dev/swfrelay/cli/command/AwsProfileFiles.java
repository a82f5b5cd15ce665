package dev.swfrelay.cli.command;

/**
 * Keeps the AWS SDK from reading {@code ~/.aws/config} and {@code ~/.aws/credentials} (or the
 * files {@code AWS_CONFIG_FILE} and {@code AWS_SHARED_CREDENTIALS_FILE} name) in a process that
 * talks to an {@code --endpoint} only. {@code AwsSwf.forEndpoint} resolves no setting from them,
 * but the SDK's client builder (2.40) still parses the default profile files once while it
 * builds, whatever the client's override says: a malformed {@code ~/.aws/config} failed every
 * {@code --endpoint} command. The SDK reads the system properties {@code aws.configFile} and
 * {@code aws.sharedCredentialsFile} before those variables, and skips a path that is no regular
 * file, so naming {@code /dev/null} makes it read nothing. A CLI process has one backend, so this
 * process-wide setting is the command's own choice, made before its client exists.
 */
final class AwsProfileFiles {

    private static final String NO_FILE = "/dev/null";

    private AwsProfileFiles() {
    }

    static void skipInThisProcess() {
        System.setProperty("aws.configFile", NO_FILE);
        System.setProperty("aws.sharedCredentialsFile", NO_FILE);
    }
}
