package dev.paycrypto.service.protocol;

import dev.paycrypto.app.json.JsonCodec;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paycrypto.crypto.CryptoException;
import dev.paycrypto.keys.InvalidKeyAttributesException;
import dev.paycrypto.keys.StoredKeyIntegrityException;
import dev.paycrypto.keys.store.InvalidPageTokenException;
import dev.paycrypto.keys.store.StoreConflictException;
import dev.paycrypto.keys.store.StoreUnavailableException;
import dev.paycrypto.app.errors.ConflictException;
import dev.paycrypto.app.errors.InternalServerException;
import dev.paycrypto.app.errors.ServiceException;
import dev.paycrypto.app.errors.ServiceUnavailableException;
import dev.paycrypto.app.errors.ValidationException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place where any failure becomes an AWS error on the wire. Service errors keep their code, status and
 * message; failures of the layers below are translated into the error the caller should see; anything else is a
 * 500 whose message says nothing of the cause (the cause is logged with the request id by the caller).
 *
 * <p>Wire format: header {@code x-amzn-ErrorType: <Code>} and a JSON body with {@code __type}, the message (as
 * {@code message} and {@code Message}, since the two models spell the member differently and the SDKs and
 * botocore read either) and the error shape's other members ({@code ResourceId}, {@code Reason}).
 */
public final class ErrorMapper {

    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";
    private static final String GENERIC_FAILURE = "The service could not process the request";

    private ErrorMapper() {
    }

    public static WireResponse toResponse(Throwable failure, Protocol protocol) {
        ServiceException error = translate(failure);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("__type", error.code());
        body.put("message", error.getMessage());
        body.put("Message", error.getMessage());
        error.extraMembers().forEach(body::put);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(ERROR_TYPE_HEADER, error.code());
        headers.put("Content-Type", protocol == Protocol.AWS_JSON_1_0 ? "application/x-amz-json-1.0"
                : "application/json");
        return new WireResponse(error.httpStatus(), headers, JsonCodec.write(body));
    }

    /** The service error a failure is reported as. */
    public static ServiceException translate(Throwable failure) {
        if (failure instanceof ServiceException service) {
            return service;
        }
        if (failure instanceof CryptoException || failure instanceof InvalidKeyAttributesException
                || failure instanceof InvalidPageTokenException) {
            // the crypto layer refuses input (a wrong length, a block that does not open) with messages that name
            // what was wrong and never a secret
            return new ValidationException(failure.getMessage());
        }
        if (failure instanceof StoreConflictException) {
            return new ConflictException("The resource was changed concurrently; retry the request");
        }
        if (failure instanceof StoreUnavailableException) {
            return new ServiceUnavailableException("The key store is unavailable; retry the request");
        }
        if (failure instanceof StoredKeyIntegrityException integrity) {
            // fail closed, and say so plainly: the stored key was altered outside the service
            return new InternalServerException(integrity.getMessage());
        }
        return new InternalServerException(GENERIC_FAILURE);
    }
}
