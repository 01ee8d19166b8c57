package dev.paycrypto.app.policies;

import java.util.List;

/**
 * One condition of a statement: an operator applied to one condition key and the policy's values for it (the
 * condition holds if the key's value matches any of them, or, for a negated operator, none of them).
 *
 * @param qualifier how a multivalued key is compared ({@code ForAnyValue:}, {@code ForAllValues:}), or
 *                  {@link SetQualifier#NONE}
 * @param ifExists  the {@code IfExists} suffix: a key absent from the request satisfies the condition
 */
public record Condition(ConditionOperator operator, SetQualifier qualifier, boolean ifExists, ConditionKey key,
                        String keyName, List<String> values) {

    public Condition {
        values = List.copyOf(values);
    }

    /** The set prefix of an operator. */
    public enum SetQualifier { NONE, FOR_ANY_VALUE, FOR_ALL_VALUES }
}
