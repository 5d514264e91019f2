package org.childplan.indicator.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.childplan.indicator.domain.Dimension;
import org.childplan.indicator.domain.Unit;
import org.childplan.platform.paging.PageView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@PermitAll
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference data", description = "Fixed lists the catalogue uses. 参考数据。")
public class DimensionResource {

    @Schema(name = "DisaggregationDimension", description = "A dimension data can be broken down by. 分组维度。")
    public record DimensionView(
            @Schema(examples = "SEX") Dimension code,
            @Schema(examples = "性别") String nameZh,
            @Schema(examples = "Sex") String nameEn,
            @Schema(description = "The allowed values; empty for AREA, whose values are the plan's reporting areas")
            List<Dimension.DimensionValue> values) {
    }

    @GET
    @Path("/disaggregation-dimensions")
    @Operation(summary = "List the disaggregation dimensions", description = "列出分组维度（性别、城乡、年龄组、地区）及其取值。")
    public PageView<DimensionView> listDisaggregationDimensions() {
        List<DimensionView> all = all();
        return new PageView<>(all, 0, all.size(), all.size());
    }

    @GET
    @Path("/units")
    @Operation(summary = "List the units of measurement", description = "列出计量单位及其取值范围。")
    public PageView<UnitView> listUnits() {
        List<UnitView> all = Arrays.stream(Unit.values()).map(UnitView::from).toList();
        return new PageView<>(all, 0, all.size(), all.size());
    }

    static List<DimensionView> all() {
        return Arrays.stream(Dimension.values()).map(d -> new DimensionView(d, d.nameZh(), d.nameEn(), d.allowedValues())).toList();
    }
}
