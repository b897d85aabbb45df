package fr.entraide.beneficiary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Field-by-field difference of two JSON documents: each leaf gets a path such as
 * {@code address.communeCode} or {@code resources[1].monthlyAmountCents}. Pure, so it is tested
 * without a database.
 */
public final class FieldDiff {

    public record Change(String field, JsonNode before, JsonNode after) {
    }

    private FieldDiff() {
    }

    public static List<Change> between(JsonNode before, JsonNode after) {
        Map<String, JsonNode> left = new TreeMap<>();
        Map<String, JsonNode> right = new TreeMap<>();
        flatten("", before, left);
        flatten("", after, right);
        List<Change> changes = new ArrayList<>();
        TreeMap<String, Boolean> fields = new TreeMap<>();
        left.keySet().forEach(k -> fields.put(k, true));
        right.keySet().forEach(k -> fields.put(k, true));
        for (String field : fields.keySet()) {
            JsonNode a = left.getOrDefault(field, NullNode.getInstance());
            JsonNode b = right.getOrDefault(field, NullNode.getInstance());
            if (!a.equals(b)) {
                changes.add(new Change(field, a, b));
            }
        }
        return changes;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                var entry = it.next();
                flatten(prefix.isEmpty() ? entry.getKey() : prefix + "." + entry.getKey(), entry.getValue(), out);
            }
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                return;
            }
            boolean scalars = true;
            for (JsonNode element : node) {
                scalars &= element.isValueNode();
            }
            if (scalars) {
                out.put(prefix, node);
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                flatten(prefix + "[" + i + "]", node.get(i), out);
            }
        } else {
            out.put(prefix, node);
        }
    }
}
