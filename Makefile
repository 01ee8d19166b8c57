# The build SAM CLI runs (template.yaml: Metadata BuildMethod makefile, ContextPath and WorkingDirectory the top of
# the checkout). `sam build` runs `make build-<LogicalId>` once for the layer and once for each function, each time
# with ARTIFACTS_DIR naming that resource's output folder. All of them run here, so Maven builds once: its stamp is
# newer than every source after the first target, and the other targets only copy.
#
#   build-SharedLayer     java/lib/*.jar: PayCrypto's shared modules and their runtime dependencies (/opt/java/lib)
#   build-<Name>Function  the functions' classes at the root (/var/task); every jar they need is in the layer
#
# Run `sam build` without --parallel: parallel targets would start Maven twice in one tree.

MVN ?= mvn
LAMBDA := functions/target/lambda
STAMP := $(LAMBDA)/built
SOURCES := $(shell find pom.xml shared functions -path '*/target' -prune -o -path '*/src/test' -prune \
	-o -type f \( -name pom.xml -o -path '*/src/main/*' \) -print)

.PHONY: build-SharedLayer

$(STAMP): $(SOURCES)
	rm -rf $(LAMBDA)
	$(MVN) -B -q -Plambda -DskipTests package -pl functions -am
	touch $@

build-SharedLayer: $(STAMP)
	mkdir -p "$(ARTIFACTS_DIR)/java/lib"
	cp $(LAMBDA)/layer/java/lib/*.jar "$(ARTIFACTS_DIR)/java/lib/"

build-%Function: $(STAMP)
	mkdir -p "$(ARTIFACTS_DIR)"
	cp -R functions/target/classes/. "$(ARTIFACTS_DIR)/"
