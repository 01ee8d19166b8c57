package dev.paycrypto.api;

/**
 * A value of one of the model's unions (a structure with exactly one member set). Each union of the models is a
 * sealed interface extending this one; its values are the records of its members. The member's wire name is kept
 * with the value, so that a message can name it ({@code GenerationAttributes.CardVerificationValue2}) without a
 * table of its own.
 */
public interface Union {

    /** The wire name of the member this value is, e.g. {@code CardVerificationValue2}. */
    String memberName();

    /**
     * What the wire carries under {@link #memberName()}: the value itself, unless it is a wrapper (of a scalar, or
     * of a structure several members of the union share), which gives the wrapped value.
     */
    default Object memberValue() {
        return this;
    }
}
