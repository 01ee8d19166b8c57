package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.UniqueIds;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The local stand-in for an approval team: the body of {@code POST /_paycrypto/mpa/decisions},
 * {@code {"SessionArn": ..., "Decision": "APPROVE"|"REJECT", "Comment": ...}}, made into the
 * {@code MPA Approval Decision} event a team's tooling would put on the bus deployed, in the signer's account and
 * Region (whatever the ARN says: the worker refuses a session of another account or Region).
 */
final class MpaDecisions {

    private static final Pattern SESSION_ARN = Pattern.compile(
            "arn:aws(-[^:]+)?:mpa:[a-z0-9-]{1,20}:[0-9]{12}:session/[a-zA-Z0-9._-]+/[a-zA-Z0-9_-]+");
    private static final Map<String, String> DECISIONS = Map.of("APPROVE", "APPROVED", "REJECT", "REJECTED");
    private static final Set<String> MEMBERS = Set.of("SessionArn", "Decision", "Comment");
    private static final int MAX_ARN = 2048;

    private MpaDecisions() {
    }

    static Event event(JsonNode body, String account, String region, Instant now) {
        if (!body.isObject()) {
            throw new ValidationException("The body is {\"SessionArn\": ..., \"Decision\": \"APPROVE\"|\"REJECT\"}");
        }
        body.fieldNames().forEachRemaining(name -> {
            if (!MEMBERS.contains(name)) {
                throw new ValidationException(name + ": not a member of a decision (SessionArn, Decision, Comment)");
            }
        });
        JsonNode arn = body.path("SessionArn");
        if (!arn.isTextual() || arn.asText().length() > MAX_ARN || !SESSION_ARN.matcher(arn.asText()).matches()) {
            throw new ValidationException("SessionArn: an MPA session ARN (arn:aws:mpa:<region>:<account>:session/...)");
        }
        String decision = DECISIONS.get(body.path("Decision").asText(""));
        if (decision == null || !body.path("Decision").isTextual()) {
            throw new ValidationException("Decision: APPROVE or REJECT");
        }
        JsonNode comment = body.get("Comment");
        if (comment != null && (!comment.isTextual()
                || comment.asText().length() > MultiPartyApproval.MAX_COMMENT)) {
            throw new ValidationException("Comment: text of at most " + MultiPartyApproval.MAX_COMMENT
                    + " characters");
        }
        ObjectNode detail = JsonNodeFactory.instance.objectNode();
        detail.put("sessionArn", arn.asText());
        detail.put("decision", decision);
        if (comment != null) {
            detail.put("comment", comment.asText());
        }
        return new Event(UniqueIds.timeOrderedUuid(), DetailType.MPA_APPROVAL_DECISION, now, region, account,
                List.of(), detail);
    }
}
