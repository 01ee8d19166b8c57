package dev.paycrypto.keys;

public enum KeyClass {
    SYMMETRIC_KEY,
    ASYMMETRIC_KEY_PAIR,
    PRIVATE_KEY,
    PUBLIC_KEY
}
