package dev.paycrypto.keys;

public enum KeyOrigin {
    EXTERNAL,
    AWS_PAYMENT_CRYPTOGRAPHY
}
