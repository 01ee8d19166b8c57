package dev.paycrypto.app.errors;

import java.util.Map;

/** The key or alias the request names does not exist for the caller. Carries {@code ResourceId}. */
public class ResourceNotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    private final String resourceId;

    public ResourceNotFoundException(String message, String resourceId) {
        super(message);
        this.resourceId = resourceId;
    }

    public String resourceId() {
        return resourceId;
    }

    @Override
    public int httpStatus() {
        return 404;
    }

    @Override
    public Map<String, String> extraMembers() {
        return resourceId == null ? Map.of() : Map.of("ResourceId", resourceId);
    }
}
