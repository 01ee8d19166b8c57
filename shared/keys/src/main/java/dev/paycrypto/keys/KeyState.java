package dev.paycrypto.keys;

public enum KeyState {
    CREATE_IN_PROGRESS,
    CREATE_COMPLETE,
    DELETE_PENDING,
    DELETE_COMPLETE
}
