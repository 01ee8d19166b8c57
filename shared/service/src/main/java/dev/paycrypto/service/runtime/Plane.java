package dev.paycrypto.service.runtime;

import dev.paycrypto.service.protocol.Protocol;
import dev.paycrypto.service.protocol.ServiceModel;

/** The two APIs of the service, each with its model and wire protocol. */
public enum Plane {
    CONTROL(Protocol.AWS_JSON_1_0, "application/x-amz-json-1.0"),
    DATA(Protocol.REST_JSON_1, "application/json");

    private final Protocol protocol;
    private final String contentType;

    Plane(Protocol protocol, String contentType) {
        this.protocol = protocol;
        this.contentType = contentType;
    }

    public Protocol protocol() {
        return protocol;
    }

    public String contentType() {
        return contentType;
    }

    public ServiceModel model() {
        return this == CONTROL ? ServiceModel.controlPlane() : ServiceModel.dataPlane();
    }
}
