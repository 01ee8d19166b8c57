package dev.paycrypto.keys;

public enum KeyCheckValueAlgorithm {
    CMAC,
    ANSI_X9_24,
    HMAC,
    SHA_1
}
