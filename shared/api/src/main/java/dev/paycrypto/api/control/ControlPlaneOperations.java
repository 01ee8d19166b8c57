// GENERATED from payment-cryptography.json by dev.paycrypto.api.codegen (shared/api/src/test): do not edit.
// To regenerate: mvn -B -o test -pl shared/api -Dapi.regenerate=true
package dev.paycrypto.api.control;

import dev.paycrypto.api.ApiOperation;
import java.util.Map;

/**
 * The operations of the control-plane model, in model order, each with the record its request binds into and
 * the record its response is written from.
 */
public final class ControlPlaneOperations {

    public static final ApiOperation<AddKeyReplicationRegionsInput, AddKeyReplicationRegionsOutput>
            ADD_KEY_REPLICATION_REGIONS =
            new ApiOperation<>("AddKeyReplicationRegions", AddKeyReplicationRegionsInput.class,
                    AddKeyReplicationRegionsOutput.class);

    public static final ApiOperation<AssociateMpaTeamInput, AssociateMpaTeamOutput> ASSOCIATE_MPA_TEAM =
            new ApiOperation<>("AssociateMpaTeam", AssociateMpaTeamInput.class, AssociateMpaTeamOutput.class);

    public static final ApiOperation<CreateAliasInput, CreateAliasOutput> CREATE_ALIAS =
            new ApiOperation<>("CreateAlias", CreateAliasInput.class, CreateAliasOutput.class);

    public static final ApiOperation<CreateKeyInput, CreateKeyOutput> CREATE_KEY =
            new ApiOperation<>("CreateKey", CreateKeyInput.class, CreateKeyOutput.class);

    public static final ApiOperation<DeleteAliasInput, DeleteAliasOutput> DELETE_ALIAS =
            new ApiOperation<>("DeleteAlias", DeleteAliasInput.class, DeleteAliasOutput.class);

    public static final ApiOperation<DeleteKeyInput, DeleteKeyOutput> DELETE_KEY =
            new ApiOperation<>("DeleteKey", DeleteKeyInput.class, DeleteKeyOutput.class);

    public static final ApiOperation<DeleteResourcePolicyInput, DeleteResourcePolicyOutput> DELETE_RESOURCE_POLICY =
            new ApiOperation<>("DeleteResourcePolicy", DeleteResourcePolicyInput.class,
                    DeleteResourcePolicyOutput.class);

    public static final ApiOperation<DisableDefaultKeyReplicationRegionsInput,
            DisableDefaultKeyReplicationRegionsOutput> DISABLE_DEFAULT_KEY_REPLICATION_REGIONS =
            new ApiOperation<>("DisableDefaultKeyReplicationRegions", DisableDefaultKeyReplicationRegionsInput.class,
                    DisableDefaultKeyReplicationRegionsOutput.class);

    public static final ApiOperation<DisassociateMpaTeamInput, DisassociateMpaTeamOutput> DISASSOCIATE_MPA_TEAM =
            new ApiOperation<>("DisassociateMpaTeam", DisassociateMpaTeamInput.class, DisassociateMpaTeamOutput.class);

    public static final ApiOperation<EnableDefaultKeyReplicationRegionsInput, EnableDefaultKeyReplicationRegionsOutput>
            ENABLE_DEFAULT_KEY_REPLICATION_REGIONS =
            new ApiOperation<>("EnableDefaultKeyReplicationRegions", EnableDefaultKeyReplicationRegionsInput.class,
                    EnableDefaultKeyReplicationRegionsOutput.class);

    public static final ApiOperation<ExportKeyInput, ExportKeyOutput> EXPORT_KEY =
            new ApiOperation<>("ExportKey", ExportKeyInput.class, ExportKeyOutput.class);

    public static final ApiOperation<GetAliasInput, GetAliasOutput> GET_ALIAS =
            new ApiOperation<>("GetAlias", GetAliasInput.class, GetAliasOutput.class);

    public static final ApiOperation<GetCertificateSigningRequestInput, GetCertificateSigningRequestOutput>
            GET_CERTIFICATE_SIGNING_REQUEST =
            new ApiOperation<>("GetCertificateSigningRequest", GetCertificateSigningRequestInput.class,
                    GetCertificateSigningRequestOutput.class);

    public static final ApiOperation<GetDefaultKeyReplicationRegionsInput, GetDefaultKeyReplicationRegionsOutput>
            GET_DEFAULT_KEY_REPLICATION_REGIONS =
            new ApiOperation<>("GetDefaultKeyReplicationRegions", GetDefaultKeyReplicationRegionsInput.class,
                    GetDefaultKeyReplicationRegionsOutput.class);

    public static final ApiOperation<GetKeyInput, GetKeyOutput> GET_KEY =
            new ApiOperation<>("GetKey", GetKeyInput.class, GetKeyOutput.class);

    public static final ApiOperation<GetMpaTeamAssociationInput, GetMpaTeamAssociationOutput> GET_MPA_TEAM_ASSOCIATION =
            new ApiOperation<>("GetMpaTeamAssociation", GetMpaTeamAssociationInput.class,
                    GetMpaTeamAssociationOutput.class);

    public static final ApiOperation<GetParametersForExportInput, GetParametersForExportOutput>
            GET_PARAMETERS_FOR_EXPORT =
            new ApiOperation<>("GetParametersForExport", GetParametersForExportInput.class,
                    GetParametersForExportOutput.class);

    public static final ApiOperation<GetParametersForImportInput, GetParametersForImportOutput>
            GET_PARAMETERS_FOR_IMPORT =
            new ApiOperation<>("GetParametersForImport", GetParametersForImportInput.class,
                    GetParametersForImportOutput.class);

    public static final ApiOperation<GetPublicKeyCertificateInput, GetPublicKeyCertificateOutput>
            GET_PUBLIC_KEY_CERTIFICATE =
            new ApiOperation<>("GetPublicKeyCertificate", GetPublicKeyCertificateInput.class,
                    GetPublicKeyCertificateOutput.class);

    public static final ApiOperation<GetResourcePolicyInput, GetResourcePolicyOutput> GET_RESOURCE_POLICY =
            new ApiOperation<>("GetResourcePolicy", GetResourcePolicyInput.class, GetResourcePolicyOutput.class);

    public static final ApiOperation<ImportKeyInput, ImportKeyOutput> IMPORT_KEY =
            new ApiOperation<>("ImportKey", ImportKeyInput.class, ImportKeyOutput.class);

    public static final ApiOperation<ListAliasesInput, ListAliasesOutput> LIST_ALIASES =
            new ApiOperation<>("ListAliases", ListAliasesInput.class, ListAliasesOutput.class);

    public static final ApiOperation<ListKeysInput, ListKeysOutput> LIST_KEYS =
            new ApiOperation<>("ListKeys", ListKeysInput.class, ListKeysOutput.class);

    public static final ApiOperation<ListTagsForResourceInput, ListTagsForResourceOutput> LIST_TAGS_FOR_RESOURCE =
            new ApiOperation<>("ListTagsForResource", ListTagsForResourceInput.class, ListTagsForResourceOutput.class);

    public static final ApiOperation<PutResourcePolicyInput, PutResourcePolicyOutput> PUT_RESOURCE_POLICY =
            new ApiOperation<>("PutResourcePolicy", PutResourcePolicyInput.class, PutResourcePolicyOutput.class);

    public static final ApiOperation<RemoveKeyReplicationRegionsInput, RemoveKeyReplicationRegionsOutput>
            REMOVE_KEY_REPLICATION_REGIONS =
            new ApiOperation<>("RemoveKeyReplicationRegions", RemoveKeyReplicationRegionsInput.class,
                    RemoveKeyReplicationRegionsOutput.class);

    public static final ApiOperation<RestoreKeyInput, RestoreKeyOutput> RESTORE_KEY =
            new ApiOperation<>("RestoreKey", RestoreKeyInput.class, RestoreKeyOutput.class);

    public static final ApiOperation<StartKeyUsageInput, StartKeyUsageOutput> START_KEY_USAGE =
            new ApiOperation<>("StartKeyUsage", StartKeyUsageInput.class, StartKeyUsageOutput.class);

    public static final ApiOperation<StopKeyUsageInput, StopKeyUsageOutput> STOP_KEY_USAGE =
            new ApiOperation<>("StopKeyUsage", StopKeyUsageInput.class, StopKeyUsageOutput.class);

    public static final ApiOperation<TagResourceInput, TagResourceOutput> TAG_RESOURCE =
            new ApiOperation<>("TagResource", TagResourceInput.class, TagResourceOutput.class);

    public static final ApiOperation<UntagResourceInput, UntagResourceOutput> UNTAG_RESOURCE =
            new ApiOperation<>("UntagResource", UntagResourceInput.class, UntagResourceOutput.class);

    public static final ApiOperation<UpdateAliasInput, UpdateAliasOutput> UPDATE_ALIAS =
            new ApiOperation<>("UpdateAlias", UpdateAliasInput.class, UpdateAliasOutput.class);

    /** Every operation by name, in model order. */
    public static final Map<String, ApiOperation<?, ?>> ALL = ApiOperation.byName(
            ADD_KEY_REPLICATION_REGIONS, ASSOCIATE_MPA_TEAM, CREATE_ALIAS, CREATE_KEY, DELETE_ALIAS, DELETE_KEY,
            DELETE_RESOURCE_POLICY, DISABLE_DEFAULT_KEY_REPLICATION_REGIONS, DISASSOCIATE_MPA_TEAM,
            ENABLE_DEFAULT_KEY_REPLICATION_REGIONS, EXPORT_KEY, GET_ALIAS, GET_CERTIFICATE_SIGNING_REQUEST,
            GET_DEFAULT_KEY_REPLICATION_REGIONS, GET_KEY, GET_MPA_TEAM_ASSOCIATION, GET_PARAMETERS_FOR_EXPORT,
            GET_PARAMETERS_FOR_IMPORT, GET_PUBLIC_KEY_CERTIFICATE, GET_RESOURCE_POLICY, IMPORT_KEY, LIST_ALIASES,
            LIST_KEYS, LIST_TAGS_FOR_RESOURCE, PUT_RESOURCE_POLICY, REMOVE_KEY_REPLICATION_REGIONS, RESTORE_KEY,
            START_KEY_USAGE, STOP_KEY_USAGE, TAG_RESOURCE, UNTAG_RESOURCE, UPDATE_ALIAS);

    private ControlPlaneOperations() {
    }
}
