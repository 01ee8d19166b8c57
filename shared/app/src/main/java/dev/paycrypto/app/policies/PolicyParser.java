package dev.paycrypto.app.policies;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import dev.paycrypto.app.errors.PublicPolicyException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.json.JsonCodec;
import dev.paycrypto.app.policies.PolicyDocument.Effect;
import dev.paycrypto.app.policies.PolicyDocument.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a key policy's JSON into a {@link PolicyDocument}, refusing with a {@link ValidationException} that names
 * the element anything PayCrypto would not evaluate exactly as written: malformed or duplicate-member JSON, unknown
 * elements, a {@code Resource} other than {@code "*"} or the key's ARN, {@code NotResource}, actions outside
 * {@code payment-cryptography:} or naming no operation, principals that are not AWS account or IAM principals, and
 * unknown or unsupported condition operators and keys ({@code aws:ResourceTag/*} is supported only in IAM
 * policies). A statement that would allow everyone (a {@code "*"} principal, a wildcard in a principal's account,
 * {@code NotPrincipal} with Allow) is refused with {@link PublicPolicyException}: public access is always blocked.
 */
public final class PolicyParser {

    static final String ACTION_PREFIX = "payment-cryptography:";
    private static final ObjectReader READER = JsonCodec.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> VERSIONS = Set.of("2012-10-17", "2008-10-17");
    private static final Set<String> DOCUMENT_MEMBERS = Set.of("Version", "Id", "Statement");
    private static final Set<String> STATEMENT_MEMBERS = Set.of("Sid", "Effect", "Principal", "NotPrincipal",
            "Action", "NotAction", "Resource", "NotResource", "Condition");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    /** An IAM or STS principal ARN: partition, service, empty Region, account, resource. */
    private static final Pattern PRINCIPAL_ARN = Pattern.compile("arn:aws[a-z-]*:(iam|sts)::([^:]*):(.+)");
    private static final Set<String> OPERATIONS = operations();

    private PolicyParser() {
    }

    /** The policy of the key {@code keyArn}, checked. */
    public static PolicyDocument parse(String json, String keyArn) {
        JsonNode root;
        try {
            root = READER.readTree(json);
        } catch (JsonProcessingException e) {
            throw invalid("is not valid JSON" + (e.getMessage() != null && e.getMessage().contains("Duplicate field")
                    ? " (a member appears twice)" : ""));
        }
        if (root == null || !root.isObject()) {
            throw invalid("must be a JSON object");
        }
        unknownMembers(root, DOCUMENT_MEMBERS, "the policy");
        JsonNode version = root.get("Version");
        if (version != null && (!version.isTextual() || !VERSIONS.contains(version.asText()))) {
            throw invalid("Version must be 2012-10-17 or 2008-10-17");
        }
        if (root.has("Id") && !root.get("Id").isTextual()) {
            throw invalid("Id must be a string");
        }
        JsonNode statements = root.get("Statement");
        if (statements == null || !(statements.isObject() || statements.isArray()) || statements.isEmpty()) {
            throw invalid("Statement must be a statement or a non-empty array of statements");
        }
        List<Statement> parsed = new ArrayList<>();
        for (JsonNode statement : statements.isArray() ? statements : List.of(statements)) {
            parsed.add(statement(statement, keyArn, parsed.size()));
        }
        return new PolicyDocument(parsed);
    }

    private static Statement statement(JsonNode node, String keyArn, int index) {
        String where = "Statement[" + index + "]";
        if (!node.isObject()) {
            throw invalid(where + " must be a JSON object");
        }
        unknownMembers(node, STATEMENT_MEMBERS, where);
        JsonNode sid = node.get("Sid");
        if (sid != null && !sid.isTextual()) {
            throw invalid(where + ".Sid must be a string");
        }
        Effect effect = effect(node.get("Effect"), where);
        boolean notPrincipal = node.has("NotPrincipal");
        if (notPrincipal == node.has("Principal")) {
            throw invalid(where + " must have exactly one of Principal and NotPrincipal");
        }
        String principalMember = notPrincipal ? "NotPrincipal" : "Principal";
        List<String> principals = principals(node.get(principalMember), where + "." + principalMember,
                effect == Effect.ALLOW);
        if (notPrincipal && effect == Effect.ALLOW) {
            throw new PublicPolicyException("The resource-based policy would grant public access to the key: "
                    + where + " allows NotPrincipal, that is every other principal");
        }
        boolean notAction = node.has("NotAction");
        if (notAction == node.has("Action")) {
            throw invalid(where + " must have exactly one of Action and NotAction");
        }
        String actionMember = notAction ? "NotAction" : "Action";
        List<String> actions = actions(node.get(actionMember), where + "." + actionMember);
        if (node.has("NotResource")) {
            throw invalid(where + ".NotResource is not supported; use Resource \"*\" or the key's ARN");
        }
        resource(node.get("Resource"), keyArn, where + ".Resource");
        List<Condition> conditions = node.has("Condition")
                ? ConditionParser.conditions(node.get("Condition"), where + ".Condition") : List.of();
        return new Statement(sid == null ? null : sid.asText(), effect, principals, notPrincipal, actions,
                notAction, conditions);
    }

    private static Effect effect(JsonNode node, String where) {
        if (node != null && node.isTextual()) {
            for (Effect effect : Effect.values()) {
                String name = effect.name().charAt(0) + effect.name().substring(1).toLowerCase(Locale.ROOT);
                if (node.asText().equals(name)) {
                    return effect;
                }
            }
        }
        throw invalid(where + ".Effect must be Allow or Deny");
    }

    private static List<String> principals(JsonNode node, String where, boolean allow) {
        if (node.isTextual() && node.asText().equals("*")) {
            return publicOrAll(where, allow);
        }
        if (!node.isObject()) {
            throw invalid(where + " must be \"*\" or an object with an AWS member");
        }
        unknownMembers(node, Set.of("AWS"), where + " (only AWS account and IAM principals are supported)");
        List<String> values = strings(node.get("AWS"), where + ".AWS");
        List<String> principals = new ArrayList<>();
        for (String value : values) {
            if (value.equals("*")) {
                return publicOrAll(where, allow);
            }
            principals.add(principal(value, where + ".AWS", allow));
        }
        return principals;
    }

    /** {@code "*"}: public when it allows; in a Deny it is every principal. */
    private static List<String> publicOrAll(String where, boolean allow) {
        if (allow) {
            throw new PublicPolicyException("The resource-based policy would grant public access to the key: "
                    + where + " allows every principal (\"*\")");
        }
        return List.of("*");
    }

    private static String principal(String value, String where, boolean allow) {
        if (ACCOUNT.matcher(value).matches()) {
            return value;
        }
        var arn = PRINCIPAL_ARN.matcher(value);
        if (!arn.matches()) {
            throw invalid(where + " has " + value + ", which is neither an account id nor an IAM principal ARN");
        }
        if (!ACCOUNT.matcher(arn.group(2)).matches()) {
            if (Wildcards.hasWildcard(arn.group(2)) && allow) {
                throw new PublicPolicyException("The resource-based policy would grant public access to the key: "
                        + where + " has a wildcard in the account of " + value);
            }
            throw invalid(where + " has " + value + ", whose account is not a 12-digit account id");
        }
        if (Wildcards.hasWildcard(arn.group(3))) {
            throw invalid(where + " has " + value + ": a principal ARN cannot contain wildcards");
        }
        return value;
    }

    private static List<String> actions(JsonNode node, String where) {
        List<String> actions = strings(node, where);
        for (String action : actions) {
            if (!action.toLowerCase(Locale.ROOT).startsWith(ACTION_PREFIX)) {
                throw invalid(where + " has " + action + ": only payment-cryptography: actions apply to a key");
            }
            String name = action.substring(ACTION_PREFIX.length()).toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !Wildcards.hasWildcard(name) && !OPERATIONS.contains(name)) {
                throw invalid(where + " has " + action + ", which names no payment-cryptography operation");
            }
        }
        return actions;
    }

    private static void resource(JsonNode node, String keyArn, String where) {
        if (node == null) {
            throw invalid(where + " is required: \"*\" or the key's ARN");
        }
        for (String resource : strings(node, where)) {
            if (!resource.equals("*") && !resource.equals(keyArn)) {
                throw invalid(where + " must be \"*\" or exactly the key's ARN " + keyArn + ", not " + resource);
            }
        }
    }

    /** A string or a non-empty array of strings. */
    static List<String> strings(JsonNode node, String where) {
        if (node != null && node.isTextual()) {
            return List.of(node.asText());
        }
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw invalid(where + " must be a string or a non-empty array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw invalid(where + " must contain only strings");
            }
            values.add(value.asText());
        }
        return values;
    }

    static void unknownMembers(JsonNode node, Set<String> known, String where) {
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            String name = member.getKey();
            if (!known.contains(name)) {
                throw invalid(where + " has an unknown or unsupported element " + name);
            }
        }
    }

    static ValidationException invalid(String what) {
        return new ValidationException("Policy " + what);
    }

    private static Set<String> operations() {
        Set<String> names = new TreeSet<>();
        for (String name : ControlPlaneOperations.ALL.keySet()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        for (String name : DataPlaneOperations.ALL.keySet()) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
