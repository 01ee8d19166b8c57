package dev.paycrypto.functions.workers;

import static dev.paycrypto.functions.workers.WorkerFixtures.EUROPE;
import static dev.paycrypto.functions.workers.WorkerFixtures.HOME;
import static dev.paycrypto.functions.workers.WorkerFixtures.assertRefused;
import static dev.paycrypto.functions.workers.WorkerFixtures.deliver;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.api.control.AssociateMpaTeamInput;
import dev.paycrypto.api.control.GetKeyInput;
import dev.paycrypto.api.control.Key;
import dev.paycrypto.api.control.MpaOperation;
import dev.paycrypto.api.control.SessionStatus;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.app.approval.MultiPartyApproval;
import dev.paycrypto.app.errors.ResourceNotFoundException;
import dev.paycrypto.app.events.DetailType;
import dev.paycrypto.app.events.Event;
import dev.paycrypto.app.events.EventScheduler;
import dev.paycrypto.functions.Fixtures;
import dev.paycrypto.keys.KeyAlgorithm;
import dev.paycrypto.keys.KeyArns;
import dev.paycrypto.keys.KeyAttributes;
import dev.paycrypto.keys.KeyClass;
import dev.paycrypto.keys.KeyModesOfUse;
import dev.paycrypto.keys.KeyOrigin;
import dev.paycrypto.keys.KeyState;
import dev.paycrypto.keys.KeyUsage;
import dev.paycrypto.keys.StoredKey;
import dev.paycrypto.keys.store.MpaSessionRecord;
import dev.paycrypto.service.runtime.Services;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The approval worker on a root certificate import waiting for the team: a decision is acted on once, however often
 * it arrives; a malformed decision, one of another account or Region, one about a decided or expired session is
 * refused and changes nothing of what it protects. A decision interrupted after the session was written is
 * finished by its redelivery.
 */
class MpaApprovalWorkerTest {

    private static final String TEAM = "arn:aws:mpa:us-east-1:111122223333:approval-team/root-ca-approvers";
    private static final KeyAttributes ROOT = new KeyAttributes(
            KeyUsage.TR31_S0_ASYMMETRIC_KEY_FOR_DIGITAL_SIGNATURE, KeyClass.PUBLIC_KEY, KeyAlgorithm.RSA_2048,
            KeyModesOfUse.VERIFY);
    private static final CallContext CALLER = new CallContext(Fixtures.ACCOUNT, HOME, Fixtures.NOW, "test");

    private final List<Event> published = new ArrayList<>();
    private final Services seeded = Fixtures.seededRegion();
    private final Services services = WorkerFixtures.rewired(seeded, HOME, seeded.clock(), published::add,
            EventScheduler.NONE, Map.of());
    private final MpaApprovalWorker worker = new MpaApprovalWorker(services);
    private MpaSessionRecord session;

    @BeforeEach
    void aRootImportWaitsForTheTeam() {
        MultiPartyApproval approvals = services.useCases().multiPartyApproval();
        approvals.associate(new AssociateMpaTeamInput(MpaOperation.IMPORT_ROOT_PUBLIC_KEY_CERTIFICATE, TEAM, null),
                CALLER);
        session = approvals.startRootImport(CALLER, "ceremony 7").orElseThrow();
        StoredKey sample = services.keyStore().findKey(Fixtures.ACCOUNT, Fixtures.SAMPLE_KEY_ID).orElseThrow();
        // a root certificate's record as the import makes it (its sealed block is never opened here)
        services.keyStore().createKey(sample.toBuilder().keyId(session.subject()).attributes(ROOT)
                .keyOrigin(KeyOrigin.EXTERNAL)
                .keyArn(KeyArns.keyArn(HOME, Fixtures.ACCOUNT, session.subject()))
                .keyState(KeyState.CREATE_IN_PROGRESS).version(1).build());
    }

    @Test
    void approvesOnceHoweverOftenTheDecisionArrives() throws Exception {
        Event approval = decision("APPROVED");
        deliver(worker, approval);
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(stored().status()).isEqualTo(MpaSessionRecord.Status.APPROVED);
        assertRefused(worker, WorkerFixtures.readdressed(approval, HOME, Fixtures.ACCOUNT), published,
                "is APPROVED already", services);
        assertRefused(worker, decision("REJECTED"), published, "is APPROVED already", services);
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        assertThat(published).filteredOn(e -> e.detailType() == DetailType.MPA_SESSION_DECIDED).singleElement()
                .satisfies(decided -> {
                    assertThat(decided.detail().get("status").asText()).isEqualTo("APPROVED");
                    assertThat(decided.detail().get("subject").asText()).isEqualTo(key().keyArn());
                });
    }

    @Test
    void aRejectionDeletesTheKeyTheImportMade() throws Exception {
        deliver(worker, decision("REJECTED"));
        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, session.subject())).isEmpty();
        assertThat(stored().status()).isEqualTo(MpaSessionRecord.Status.FAILED);
        assertThat(stored().statusMessage()).startsWith("Rejected");
    }

    @Test
    void refusesMalformedDecisions() {
        String arn = session.sessionArn();
        assertRefused(worker, event("{\"decision\":\"APPROVED\"}"), published, "names its sessionArn", services);
        assertRefused(worker, event("{\"sessionArn\":\"" + arn + "\",\"decision\":\"MAYBE\"}"), published,
                "APPROVED or REJECTED", services);
        assertRefused(worker, event("{\"sessionArn\":\"" + arn + "\",\"decision\":\"APPROVED\",\"keyArn\":\"x\"}"),
                published, "no member keyArn", services);
        assertRefused(worker, event("{\"sessionArn\":\"" + arn + "\",\"decision\":\"APPROVED\",\"comment\":\""
                + "c".repeat(MultiPartyApproval.MAX_COMMENT + 1) + "\"}"), published, "at most", services);
        assertRefused(worker, event("{\"sessionArn\":\"" + arn.replace("import-", "import-x")
                + "\",\"decision\":\"APPROVED\"}"), published, "No approval session", services);
        assertThat(stored().status()).isEqualTo(MpaSessionRecord.Status.PENDING);
    }

    @Test
    void refusesADecisionOfAnotherAccountOrRegion() {
        assertRefused(worker, WorkerFixtures.readdressed(decision("APPROVED"), HOME, "444455556666"), published,
                "not of the event's account and Region", services);
        assertRefused(worker, WorkerFixtures.readdressed(decision("APPROVED"), EUROPE, Fixtures.ACCOUNT), published,
                "not of this worker's Region", services);
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_IN_PROGRESS);
    }

    @Test
    void anExpiredSessionIsRefusedAndTheImportDoesNotTakeEffect() throws Exception {
        Clock later = Clock.fixed(Fixtures.NOW.plus(MultiPartyApproval.SESSION_LIFETIME), ZoneOffset.UTC);
        Services expired = WorkerFixtures.rewired(seeded, HOME, later, published::add, EventScheduler.NONE, Map.of());
        assertThatThrownBy(() -> deliver(new MpaApprovalWorker(expired), decision("APPROVED")))
                .hasMessageContaining("expired");
        assertThat(services.keyStore().findKey(Fixtures.ACCOUNT, session.subject())).isEmpty();
        assertThat(stored().status()).isEqualTo(MpaSessionRecord.Status.FAILED);
    }

    @Test
    void aDecisionInterruptedAfterTheSessionWasWrittenIsFinishedByItsRedelivery() {
        services.keyStore().replaceMpaSession(session.decided(MpaSessionRecord.Status.APPROVED, "approved"));
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_IN_PROGRESS);
        assertThatThrownBy(() -> deliver(worker, decision("APPROVED"))).hasMessageContaining("APPROVED already");
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_COMPLETE);
        Key shown = services.useCases().keyManagement().get(new GetKeyInput(key().keyArn()), CALLER).key();
        assertThat(shown.mpaStatus().status()).isEqualTo(SessionStatus.APPROVED);
    }

    @Test
    void getKeyShowsAnExpiredSessionAsFailedWithoutWriting() {
        CallContext later = new CallContext(Fixtures.ACCOUNT, HOME,
                Fixtures.NOW.plus(MultiPartyApproval.SESSION_LIFETIME), "test");
        Key shown = services.useCases().keyManagement().get(new GetKeyInput(key().keyArn()), later).key();
        assertThat(shown.mpaStatus().status()).isEqualTo(SessionStatus.FAILED);
        assertThat(stored().status()).isEqualTo(MpaSessionRecord.Status.PENDING);
        assertThat(key().keyState()).isEqualTo(KeyState.CREATE_IN_PROGRESS);
    }

    @Test
    void aKeyWhoseImportWasRejectedIsNotFound() throws Exception {
        deliver(worker, decision("REJECTED"));
        assertThatThrownBy(() -> services.useCases().keyManagement().get(new GetKeyInput(KeyArns.keyArn(HOME, Fixtures.ACCOUNT, session.subject())), CALLER))
                .isInstanceOf(ResourceNotFoundException.class);
    }

    private Event decision(String decision) {
        ObjectNode detail = JsonNodeFactory.instance.objectNode().put("sessionArn", session.sessionArn())
                .put("decision", decision).put("comment", "checked against the ceremony record");
        return event(detail.toString());
    }

    private static Event event(String detailJson) {
        return WorkerFixtures.event(DetailType.MPA_APPROVAL_DECISION, HOME, detailJson);
    }

    private StoredKey key() {
        return services.keyStore().findKey(Fixtures.ACCOUNT, session.subject()).orElseThrow();
    }

    private MpaSessionRecord stored() {
        return services.keyStore().findMpaSession(Fixtures.ACCOUNT, session.sessionId()).orElseThrow();
    }
}
