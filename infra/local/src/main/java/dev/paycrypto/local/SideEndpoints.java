package dev.paycrypto.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.local.http.HttpReply;
import dev.paycrypto.local.http.HttpRequest;
import dev.paycrypto.app.errors.AccessDeniedException;
import dev.paycrypto.app.errors.UnknownOperationException;
import dev.paycrypto.app.errors.ValidationException;
import dev.paycrypto.app.events.UniqueIds;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.json.JsonCodec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The local service's own endpoints beside the API, each signed like an API call and confined to the signer's
 * account in the Region of the signature (never one named in the request):
 * <ul>
 *   <li>{@code GET /_paycrypto/audit[?limit=N]}: the account's audit records, oldest first;</li>
 *   <li>{@code POST /_paycrypto/events} with {@code {"detail-type": ..., "detail": {...}}}: an operator's event on
 *       the bus, as {@code aws events put-events} with source {@code dev.paycrypto} deployed — only the detail
 *       types an operator may publish ({@code Key Rotation Requested}); the service's internal events (audit
 *       records, replication, purge, schedules) are refused;</li>
 *   <li>{@code GET /_paycrypto/dead-letters[?limit=N]}: the account's events the bus could not deliver;</li>
 *   <li>{@code POST /_paycrypto/mpa/decisions} with {@code {"SessionArn": ..., "Decision": "APPROVE"|"REJECT"}}:
 *       the approval team's decision about a multi-party approval session, put on the bus as the
 *       {@code MPA Approval Decision} the approval worker takes ({@link MpaDecisions});</li>
 *   <li>{@code GET /_paycrypto/health}: unsigned; says that the service answers, its version and its Regions.</li>
 * </ul>
 */
final class SideEndpoints {

    static final String PREFIX = "/_paycrypto/";
    static final String HEALTH_PATH = PREFIX + "health";
    static final String AUDIT_PATH = PREFIX + "audit";
    static final String EVENTS_PATH = PREFIX + "events";
    static final String DEAD_LETTERS_PATH = PREFIX + "dead-letters";
    static final String MPA_DECISIONS_PATH = PREFIX + "mpa/decisions";

    /** The detail types an operator may publish; every other one is the service's own. */
    static final Set<DetailType> OPERATOR_DETAIL_TYPES = Set.of(DetailType.KEY_ROTATION_REQUESTED);

    private static final int DEFAULT_LIMIT = 1000;
    private static final int MAX_LIMIT = 10_000;
    private static final Pattern ALIAS_NAME = Pattern.compile("alias/[a-zA-Z0-9/_-]{1,250}");

    private final LocalFunctionFactory factory;

    SideEndpoints(LocalFunctionFactory factory) {
        this.factory = factory;
    }

    static boolean isSideEndpoint(HttpRequest request) {
        return request.rawPath().startsWith(PREFIX);
    }

    static boolean isHealthCheck(HttpRequest request) {
        return HEALTH_PATH.equals(request.rawPath()) && "GET".equals(request.method());
    }

    /** The health check's answer: that the service answers, its version and the Regions it serves; nothing else. */
    static HttpReply health(List<String> regions) {
        ObjectNode health = JsonNodeFactory.instance.objectNode().put("status", "ok").put("version", Version.CURRENT);
        regions.forEach(health.putArray("regions")::add);
        return HttpReply.json(200, health.toString());
    }

    HttpReply handle(HttpRequest request, SigV4Verifier.Identity caller) {
        String path = request.rawPath();
        String method = request.method();
        if (AUDIT_PATH.equals(path) && "GET".equals(method)) {
            return audit(request, caller);
        }
        if (EVENTS_PATH.equals(path) && "POST".equals(method)) {
            return publish(request, caller);
        }
        if (DEAD_LETTERS_PATH.equals(path) && "GET".equals(method)) {
            return deadLetters(request, caller);
        }
        if (MPA_DECISIONS_PATH.equals(path) && "POST".equals(method)) {
            return decide(request, caller);
        }
        throw new UnknownOperationException("No operation is bound to " + method + " " + path, 404);
    }

    private HttpReply audit(HttpRequest request, SigV4Verifier.Identity caller) {
        int limit = limit(request);
        ArrayNode records = JsonNodeFactory.instance.arrayNode();
        factory.services(caller.region()).audit().list(caller.account(), limit).forEach(records::add);
        return HttpReply.json(200, records.toString());
    }

    private HttpReply deadLetters(HttpRequest request, SigV4Verifier.Identity caller) {
        int limit = limit(request);
        ArrayNode letters = JsonNodeFactory.instance.arrayNode();
        for (DeadLetterStore.DeadLetter letter : factory.bus().deadLetters().list(caller.region(), caller.account(),
                limit)) {
            letters.addObject().put("rule", letter.rule()).put("failure", letter.failure())
                    .set("event", JsonCodec.parse(letter.envelope()));
        }
        return HttpReply.json(200, letters.toString());
    }

    private HttpReply publish(HttpRequest request, SigV4Verifier.Identity caller) {
        query(request, Set.of());
        JsonNode body = JsonCodec.parse(new String(request.body(), StandardCharsets.UTF_8));
        String detailTypeText = body.path("detail-type").asText("");
        DetailType detailType;
        try {
            detailType = DetailType.of(detailTypeText);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("detail-type: not a PayCrypto detail type: " + detailTypeText);
        }
        if (!OPERATOR_DETAIL_TYPES.contains(detailType)) {
            throw new AccessDeniedException("detail-type: " + detailType.text() + " events are the service's own; "
                    + "an operator may publish only " + OPERATOR_DETAIL_TYPES.stream().map(DetailType::text).toList());
        }
        JsonNode detail = body.path("detail");
        requireRotationDetail(detail);
        Event event = new Event(UniqueIds.timeOrderedUuid(), detailType,
                factory.services(caller.region()).clock().instant(), caller.region(), caller.account(), List.of(),
                detail);
        factory.bus().publish(event);
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("EventId", event.id());
        return HttpReply.json(200, answer.toString());
    }

    private HttpReply decide(HttpRequest request, SigV4Verifier.Identity caller) {
        query(request, Set.of());
        Event event = MpaDecisions.event(JsonCodec.parse(new String(request.body(), StandardCharsets.UTF_8)),
                caller.account(), caller.region(), factory.services(caller.region()).clock().instant());
        factory.bus().publish(event);
        return HttpReply.json(200, JsonNodeFactory.instance.objectNode().put("EventId", event.id()).toString());
    }

    /** {@code Key Rotation Requested}: {@code {"aliasName": "alias/..."}} and nothing else. */
    private static void requireRotationDetail(JsonNode detail) {
        if (!detail.isObject() || detail.size() != 1 || !detail.path("aliasName").isTextual()
                || !ALIAS_NAME.matcher(detail.get("aliasName").asText()).matches()) {
            throw new ValidationException("detail: a Key Rotation Requested event is {\"aliasName\": \"alias/...\"}");
        }
    }

    private static int limit(HttpRequest request) {
        Map<String, String> query = query(request, Set.of("limit"));
        String limit = query.get("limit");
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (!limit.matches("[0-9]{1,5}") || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > MAX_LIMIT) {
            throw new ValidationException("limit: a number from 1 to " + MAX_LIMIT);
        }
        return Integer.parseInt(limit);
    }

    /**
     * The query parameters, of which only {@code allowed} may appear: the Region and account come from the
     * signature, so a request that names them (or anything else) is refused rather than silently narrowed.
     */
    private static Map<String, String> query(HttpRequest request, Set<String> allowed) {
        Map<String, String> query = new HashMap<>();
        String raw = request.rawQuery();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (!allowed.contains(name)) {
                throw new ValidationException(name + ": not a parameter of " + request.rawPath()
                        + " (the Region and account are the signature's)");
            }
            query.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return query;
    }
}
