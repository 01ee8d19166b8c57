package dev.paycrypto.functions.control;

import dev.paycrypto.api.control.ControlPlaneOperations;
import dev.paycrypto.api.control.AssociateMpaTeamInput;
import dev.paycrypto.api.control.AssociateMpaTeamOutput;
import dev.paycrypto.app.CallContext;
import dev.paycrypto.service.runtime.OperationFunction;
import dev.paycrypto.service.runtime.Services;

/** AssociateMpaTeam: a team's approval of root certificate imports: in force at once when none is, else once the current team approves. */
public final class AssociateMpaTeam extends OperationFunction<AssociateMpaTeamInput, AssociateMpaTeamOutput> {

    public AssociateMpaTeam() {
        super(ControlPlaneOperations.ASSOCIATE_MPA_TEAM);
    }

    public AssociateMpaTeam(Services services) {
        super(ControlPlaneOperations.ASSOCIATE_MPA_TEAM, services);
    }

    @Override
    protected AssociateMpaTeamOutput handle(AssociateMpaTeamInput request, Services services, CallContext context) {
        return services.useCases().multiPartyApproval().associate(request, context);
    }
}
