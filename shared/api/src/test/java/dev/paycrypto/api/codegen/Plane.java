package dev.paycrypto.api.codegen;

/** The two vendored models and where the records of each are generated. */
enum Plane {
    CONTROL("payment-cryptography.json", "control", "ControlPlaneOperations", "control-plane"),
    DATA("payment-cryptography-data.json", "data", "DataPlaneOperations", "data-plane");

    static final String MODELS = "/dev/paycrypto/api/models/";

    final String modelFile;
    final String javaPackage;
    final String operationsClass;
    final String label;

    Plane(String modelFile, String subPackage, String operationsClass, String label) {
        this.modelFile = modelFile;
        this.javaPackage = "dev.paycrypto.api." + subPackage;
        this.operationsClass = operationsClass;
        this.label = label;
    }

    String directory() {
        return javaPackage.replace('.', '/');
    }
}
