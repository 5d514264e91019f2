package org.childplan.agency.rest;

import java.time.OffsetDateTime;
import org.childplan.agency.service.CatalogueService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CatalogueSource", description = "Whether the indicator -> goal -> domain mapping came from indicator-service "
        + "for this request (FRESH) or from the copy stored at the last successful fetch (STORED), used while indicator-service is unavailable.")
public record CatalogueSourceView(CatalogueService.Source source,
                                  @Schema(description = "When the mapping used was fetched") OffsetDateTime fetchedAt) {

    static CatalogueSourceView from(CatalogueService.Read read) {
        return new CatalogueSourceView(read.source(), read.fetchedAt());
    }
}
