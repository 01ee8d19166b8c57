package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.DisassociateMpaTeamInput;
import dev.paycrypto.api.control.DisassociateMpaTeamOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** DisassociateMpaTeam: removes the team once it approves. */
public final class DisassociateMpaTeam extends OperationFunction<DisassociateMpaTeamInput, DisassociateMpaTeamOutput> {

    public DisassociateMpaTeam() {
        super(ControlPlaneOperations.DISASSOCIATE_MPA_TEAM);
    }

    public DisassociateMpaTeam(Services services) {
        super(ControlPlaneOperations.DISASSOCIATE_MPA_TEAM, services);
    }

    @Override
    protected DisassociateMpaTeamOutput handle(DisassociateMpaTeamInput request, Services services, CallContext context) {
        return services.useCases().multiPartyApproval().disassociate(request, context);
    }
}
