package dev.paycrypto.app.policies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paycrypto.api.ApiOperation;
import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.data.DataPlaneOperations;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which operations may name another account's key: the model's documentation strings say "This operation supports
 * cross-account use" for every data-plane operation and for these thirteen control-plane operations, and "can't be
 * used across different AWS accounts" for the rest (GetCertificateSigningRequest says neither, and stays
 * same-account). The list is restated here from the model's text, not read from the code.
 */
class KeyAccessTest {

    private static final List<String> CONTROL_CROSS_ACCOUNT = List.of("AddKeyReplicationRegions", "DeleteKey",
            "ExportKey", "GetKey", "GetPublicKeyCertificate", "ImportKey", "ListTagsForResource",
            "RemoveKeyReplicationRegions", "RestoreKey", "StartKeyUsage", "StopKeyUsage", "TagResource",
            "UntagResource");

    @Test
    void everyDataPlaneOperationIsCrossAccountCapable() {
        assertThat(DataPlaneOperations.ALL.values()).hasSize(15).allMatch(KeyAccess::supportsCrossAccount);
    }

    @Test
    void exactlyTheDocumentedControlPlaneOperationsAreCrossAccountCapable() {
        Map<Boolean, List<String>> split = ControlPlaneOperations.ALL.values().stream().collect(
                Collectors.partitioningBy(KeyAccess::supportsCrossAccount,
                        Collectors.mapping(ApiOperation::name, Collectors.toList())));
        assertThat(split.get(true)).containsExactlyInAnyOrderElementsOf(CONTROL_CROSS_ACCOUNT);
        assertThat(split.get(false)).contains("CreateKey", "ListKeys", "CreateAlias", "UpdateAlias", "DeleteAlias",
                "GetAlias", "ListAliases", "GetParametersForImport", "GetParametersForExport",
                "EnableDefaultKeyReplicationRegions", "PutResourcePolicy", "GetResourcePolicy",
                "DeleteResourcePolicy", "GetCertificateSigningRequest");
    }
}
