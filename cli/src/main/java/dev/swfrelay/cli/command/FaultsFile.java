package dev.swfrelay.cli.command;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.swfrelay.cli.UserError;
import dev.swfrelay.emulator.fault.FaultRuleReader;
import dev.swfrelay.emulator.fault.FaultRules;
import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code serve --faults FILE}: fault rules in JSON, or YAML when the file ends in {@code .yaml} or
 * {@code .yml} (see {@link FaultRuleReader} for the fields). A file that does not read stops
 * {@code serve} with the file, the rule and the field named.
 */
final class FaultsFile {

    private FaultsFile() {
    }

    static FaultRules read(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        ObjectMapper parser = name.endsWith(".yaml") || name.endsWith(".yml") ? new YAMLMapper() : new ObjectMapper();
        Object document;
        try {
            document = parser.readValue(file.toFile(), Object.class);
        } catch (JacksonException unreadable) {
            throw UserError.usage("serve --faults " + file + ": not " + (parser instanceof YAMLMapper ? "YAML" : "JSON")
                    + ": " + unreadable.getOriginalMessage());
        } catch (IOException unreadable) {
            throw UserError.usage("serve --faults " + file + ": cannot be read: " + unreadable.getMessage());
        }
        try {
            FaultRuleReader.RuleSet set = FaultRuleReader.ruleSet(document, 1);
            return FaultRules.seeded(set.seed()).addAll(set.rules());
        } catch (IllegalArgumentException invalid) {
            throw UserError.usage("serve --faults " + file + ": " + invalid.getMessage());
        }
    }
}
