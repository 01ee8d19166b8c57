package dev.paycrypto.service.protocol;

/** The two wire protocols of the service's models. */
public enum Protocol {
    /** Control plane: {@code POST /} with {@code X-Amz-Target}, awsJson 1.0. */
    AWS_JSON_1_0,
    /** Data plane: REST paths, restJson1. */
    REST_JSON_1
}
