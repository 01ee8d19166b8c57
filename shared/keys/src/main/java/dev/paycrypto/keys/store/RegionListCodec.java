package dev.paycrypto.keys.store;

import java.util.List;

/** A list of Region names as one text attribute, joined by commas (a Region name has none); empty for none. */
public final class RegionListCodec {

    private RegionListCodec() {
    }

    public static String encode(List<String> regions) {
        return String.join(",", regions);
    }

    public static List<String> decode(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(","));
    }
}
