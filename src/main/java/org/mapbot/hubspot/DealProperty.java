package org.mapbot.hubspot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One custom deal property MAP Bot writes, as HubSpot's properties API defines it: an internal name, a label, a
 * HubSpot type with its field type, and for an enumeration its options (value, label).
 */
record DealProperty(String name, String label, String description, String type, String fieldType, List<Option> options) {
    record Option(String value, String label) {
    }

    static DealProperty number(String name, String label, String description) {
        return new DealProperty(name, label, description, "number", "number", List.of());
    }

    static DealProperty date(String name, String label, String description) {
        return new DealProperty(name, label, description, "date", "date", List.of());
    }

    static DealProperty text(String name, String label, String description) {
        return new DealProperty(name, label, description, "string", "text", List.of());
    }

    static DealProperty choice(String name, String label, String description, List<Option> options) {
        return new DealProperty(name, label, description, "enumeration", "select", options);
    }

    /** The body of {@code POST /crm/v3/properties/deals}. */
    ObjectNode definition(ObjectMapper json) {
        ObjectNode body = json.createObjectNode().put("name", name).put("label", label).put("description", description)
                .put("groupName", DealProperties.GROUP).put("type", type).put("fieldType", fieldType);
        if (!options.isEmpty()) {
            ArrayNode list = body.putArray("options");
            for (int i = 0; i < options.size(); i++) {
                list.addObject().put("value", options.get(i).value()).put("label", options.get(i).label()).put("displayOrder", i);
            }
        }
        return body;
    }
}
