package dev.cloudplan.cli;

import dev.cloudplan.catalogio.CatalogStore;
import dev.cloudplan.catalogio.LoadedCatalog;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which catalog version a command uses, and where imported versions live. */
final class CatalogOptions {
    @Option(names = "--catalog", paramLabel = "NAME", description = "use this catalog version (see 'cloudplan catalog"
            + " show'); default: the active one, else 'bundled'")
    String name;

    @Option(names = "--catalog-dir", paramLabel = "DIR", description = "where imported catalogs live (default:"
            + " $CLOUDPLAN_HOME/catalogs, else ~/.cloudplan/catalogs)")
    Path dir;

    CatalogStore store(Environment env) {
        // --catalog-dir and a relative CLOUDPLAN_HOME are the caller's paths, which need not be this JVM's folder.
        return new CatalogStore(env.resolve(CatalogStore.directory(dir, env.variables(), env.userHome())));
    }

    /** The version named by --catalog, else the active one. */
    String selected(CatalogStore store) {
        return name != null ? name : store.activeName();
    }

    LoadedCatalog load(Environment env) {
        return load(env, null);
    }

    /** The selected version, only {@code region}'s prices (every region when null). */
    LoadedCatalog load(Environment env, String region) {
        CatalogStore store = store(env);
        return store.load(selected(store), region);
    }
}
