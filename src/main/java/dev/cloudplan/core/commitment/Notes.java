package dev.cloudplan.core.commitment;

import dev.cloudplan.core.architecture.ComponentConfig;
import dev.cloudplan.core.capacity.TableThroughput;

/** What a report says of a component that has no commitment cloudplan can price. */
final class Notes {
    private Notes() {}

    static String without(String type, ComponentConfig config) {
        if (type.equals("dynamodb") && config instanceof TableThroughput table) {
            return table.provisioned() ? "DynamoDB reserved capacity is not offered for the Standard-IA table class"
                    + " (limits.csv dynamodb.reserved-capacity.standard-ia): use table_class: standard to see it"
                    : "DynamoDB reserved capacity is for provisioned capacity only: set billing: provisioned to see it"
                    + " against the provisioned on-demand rates";
        }
        return "no commitment option: billed by use or at a fixed rate";
    }
}
