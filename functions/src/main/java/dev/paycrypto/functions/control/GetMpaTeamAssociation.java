package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.GetMpaTeamAssociationInput;
import dev.paycrypto.api.control.GetMpaTeamAssociationOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** GetMpaTeamAssociation: the team associated with an action, and its latest approval session. */
public final class GetMpaTeamAssociation extends OperationFunction<GetMpaTeamAssociationInput, GetMpaTeamAssociationOutput> {

    public GetMpaTeamAssociation() {
        super(ControlPlaneOperations.GET_MPA_TEAM_ASSOCIATION);
    }

    public GetMpaTeamAssociation(Services services) {
        super(ControlPlaneOperations.GET_MPA_TEAM_ASSOCIATION, services);
    }

    @Override
    protected GetMpaTeamAssociationOutput handle(GetMpaTeamAssociationInput request, Services services, CallContext context) {
        return services.useCases().multiPartyApproval().get(request, context);
    }
}
