import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.output.ConsoleRender;

/**
 * Compares contracts with openapi-diff (tools/check-contract-breaks.sh runs it; not part of the build).
 *
 * <pre>java -cp CLASSPATH ContractBreaks SERVICE OLD.yaml NEW.yaml [SERVICE OLD.yaml NEW.yaml ...]</pre>
 *
 * For each service it prints what changed and then a line {@code RESULT <service> <NO_CHANGES|METADATA|COMPATIBLE|
 * INCOMPATIBLE|UNKNOWN>}. Exits 0 when every comparison ran (whatever its result), 2 when one could not.
 */
public final class ContractBreaks {

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args.length % 3 != 0) {
            System.err.println("usage: ContractBreaks SERVICE OLD NEW [SERVICE OLD NEW ...]");
            System.exit(2);
        }
        int status = 0;
        OutputStreamWriter out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        for (int i = 0; i < args.length; i += 3) {
            String service = args[i];
            try {
                ChangedOpenApi diff = OpenApiCompare.fromFiles(new File(args[i + 1]), new File(args[i + 2]));
                DiffResult result = diff.isChanged();
                if (result.isDifferent()) {
                    // the renderer closes the writer it is given
                    ByteArrayOutputStream report = new ByteArrayOutputStream();
                    new ConsoleRender().render(diff, new OutputStreamWriter(report, StandardCharsets.UTF_8));
                    out.write("---- " + service + " ----\n");
                    out.write(report.toString(StandardCharsets.UTF_8));
                }
                out.write("RESULT " + service + " " + result.name() + "\n");
                out.flush();
            } catch (RuntimeException e) {
                System.err.println(service + ": cannot compare the contracts: " + e);
                out.write("RESULT " + service + " ERROR\n");
                out.flush();
                status = 2;
            }
        }
        System.exit(status);
    }
}
