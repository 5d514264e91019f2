package org.childplan.evaluation.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CycleCloseInput", description = "How to close a cycle that still has open drafts. 强制关闭。")
public record CycleCloseInput(
        @Schema(description = "Close although drafts (DRAFT or RETURNED submissions) are still open: they become WITHDRAWN,"
                + " stay readable, and their agencies are told (webhook SUBMISSION_WITHDRAWN)", defaultValue = "false")
        Boolean force,
        @Size(max = 2000) @Schema(description = "Why; required with force, and sent to the agencies whose drafts are withdrawn",
                examples = "2023年度数据已按期汇总上报，逾期未提交的草稿作撤销处理。") String reason) {
}
