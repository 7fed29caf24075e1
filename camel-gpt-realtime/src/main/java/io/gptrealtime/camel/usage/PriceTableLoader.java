package io.gptrealtime.camel.usage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/** Builds the component's price table: the defaults, then a properties resource, then the inline prices. */
public final class PriceTableLoader {

    private PriceTableLoader() {
    }

    /**
     * @param resource a properties resource (classpath:, file:, http: ...) or null
     * @param inline   {@code model.kind.io=price} entries separated by ; or , or null
     */
    public static PriceTable load(CamelContext context, String resource, String inline) throws IOException {
        PriceTable table = PriceTable.defaults();
        if (resource != null && !resource.isBlank()) {
            Properties p = new Properties();
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, resource)) {
                p.load(in);
            }
            try {
                table = table.withOverrides(p);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid price table " + resource + ": " + e.getMessage(), e);
            }
        }
        if (inline != null && !inline.isBlank()) {
            table = table.withOverrides(PriceTable.parseInline(inline));
        }
        return table;
    }
}
