package dev.paycrypto.app.policies;

import static dev.paycrypto.app.policies.PolicyParser.invalid;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paycrypto.app.policies.Condition.SetQualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a statement's {@code Condition} block: operator (with its optional {@code ForAnyValue:}/{@code ForAllValues:}
 * prefix and {@code IfExists} suffix) → condition key → value or values. Nothing is ignored: an operator or key
 * PayCrypto does not evaluate, an operator that cannot test the key, or a value the operator cannot compare, is a
 * {@code ValidationException}.
 */
final class ConditionParser {

    private static final String FOR_ANY = "ForAnyValue:";
    private static final String FOR_ALL = "ForAllValues:";
    private static final String IF_EXISTS = "IfExists";
    private static final String RESOURCE_TAG = "aws:resourcetag/";

    private ConditionParser() {
    }

    static List<Condition> conditions(JsonNode block, String where) {
        if (!block.isObject() || block.isEmpty()) {
            throw invalid(where + " must be a non-empty object of condition operators");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, JsonNode> operator : block.properties()) {
            String at = where + "." + operator.getKey();
            if (!operator.getValue().isObject() || operator.getValue().isEmpty()) {
                throw invalid(at + " must be a non-empty object of condition keys");
            }
            for (Map.Entry<String, JsonNode> key : operator.getValue().properties()) {
                conditions.add(condition(operator.getKey(), key.getKey(), key.getValue(), at));
            }
        }
        return conditions;
    }

    private static Condition condition(String operatorName, String keyName, JsonNode values, String where) {
        SetQualifier qualifier = SetQualifier.NONE;
        String name = operatorName;
        if (name.startsWith(FOR_ANY)) {
            qualifier = SetQualifier.FOR_ANY_VALUE;
            name = name.substring(FOR_ANY.length());
        } else if (name.startsWith(FOR_ALL)) {
            qualifier = SetQualifier.FOR_ALL_VALUES;
            name = name.substring(FOR_ALL.length());
        }
        boolean ifExists = name.endsWith(IF_EXISTS) && !name.equals(IF_EXISTS);
        if (ifExists) {
            name = name.substring(0, name.length() - IF_EXISTS.length());
        }
        ConditionOperator operator = ConditionOperator.of(name).orElseThrow(() -> invalid(where
                + ": the condition operator " + operatorName + " is unknown or not supported"));
        if (operator == ConditionOperator.NULL && (ifExists || qualifier != SetQualifier.NONE)) {
            throw invalid(where + ": Null takes neither IfExists nor a ForAnyValue/ForAllValues prefix");
        }
        if (keyName.toLowerCase(Locale.ROOT).startsWith(RESOURCE_TAG)) {
            throw invalid(where + ": the condition key " + keyName
                    + " is supported only in IAM policies, not in key policies");
        }
        ConditionKey key = ConditionKey.of(keyName).orElseThrow(() -> invalid(where + ": the condition key "
                + keyName + " is unknown or not supported in key policies"));
        if (!operator.accepts(key.type())) {
            throw invalid(where + ": " + operator.wireName() + " cannot test " + keyName);
        }
        List<String> texts = texts(values, where + "." + keyName);
        for (String text : texts) {
            String reason = operator.invalidValue(text);
            if (reason != null) {
                throw invalid(where + "." + keyName + ": " + text + " " + reason);
            }
        }
        return new Condition(operator, qualifier, ifExists, key, keyName, texts);
    }

    /** A condition's values: a string, boolean or number, or a non-empty array of them. */
    private static List<String> texts(JsonNode node, String where) {
        List<String> texts = new ArrayList<>();
        for (JsonNode value : node.isArray() ? node : List.of(node)) {
            if (!value.isValueNode() || value.isNull()) {
                throw invalid(where + " must be a string, boolean or number, or an array of them");
            }
            texts.add(value.asText());
        }
        if (texts.isEmpty()) {
            throw invalid(where + " must have at least one value");
        }
        return texts;
    }
}
