package dev.paycrypto.deployed.lambda;

import java.time.Duration;

/**
 * What the caller of one invocation gets back, as Lambda's {@code Invoke} would report it: the function's response,
 * or its error ({@code errorType} and {@code errorMessage} taken from the error document, which is {@code body}).
 *
 * @param outcome      how the invocation ended
 * @param requestId    the invocation's request id ({@code null} if it was never accepted)
 * @param body         the response document, or the error document
 * @param errorType    the error document's {@code errorType}, {@code null} on success
 * @param errorMessage the error document's {@code errorMessage}, {@code null} on success
 * @param duration     from the call to its answer, as the caller saw it (queueing and initialisation included)
 */
public record InvocationResult(
        Outcome outcome, String requestId, String body, String errorType, String errorMessage, Duration duration) {

    /** How an invocation ended. */
    public enum Outcome {
        /** The runtime posted a response. */
        SUCCESS,
        /** The runtime posted an error ({@code /invocation/{id}/error}), or its response was too large. */
        FUNCTION_ERROR,
        /** The runtime reported an initialisation error ({@code /init/error}); the environment is gone. */
        INIT_ERROR,
        /** No answer by the function's deadline, or no environment free within the queue's wait. */
        TIMED_OUT,
        /** The function's process ended while the invocation was in flight ({@code Runtime.ExitError}). */
        RUNTIME_EXITED,
        /** Not accepted: the queue was full ({@code TooManyRequestsException}), or the payload too large. */
        REJECTED
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }

    public boolean timedOut() {
        return outcome == Outcome.TIMED_OUT;
    }
}
