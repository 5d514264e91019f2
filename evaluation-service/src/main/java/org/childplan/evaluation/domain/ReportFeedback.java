package org.childplan.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A reader's feedback on a published report (监测评估报告交流、反馈). */
@Entity
@Immutable
@Table(name = "report_feedback")
public class ReportFeedback extends ReaderFeedback {
}
