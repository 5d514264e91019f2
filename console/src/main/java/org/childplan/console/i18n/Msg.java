package org.childplan.console.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's shared words: layout, sign-in, errors, and the public dashboard. Chinese here (the default locale,
 * zh-CN), English in messages/msg_en.properties. Templates use {@code {msg:key}}. Pages of the workflow keep their
 * own bundle beside this one (another name, another file), so that parts of the console can grow in parallel.
 */
@MessageBundle("msg")
public interface Msg {

    @Message("儿童发展规划监测评估") String app_name();
    @Message("跳到正文") String skip_to_content();
    @Message("主导航") String nav_label();
    @Message("已发布报告") String nav_public();
    @Message("English") String switch_language();
    @Message("切换到英文界面") String switch_language_hint();
    @Message("登录") String sign_in();
    @Message("退出登录") String sign_out();
    @Message("当前用户：{name}") String signed_in_as(String name);
    @Message("常宁市人民政府妇女儿童工作委员会 · 监测评估系统") String footer();

    @Message("登录") String sign_in_title();
    @Message("本地开发登录：选择角色（填报人员还需选择所属机构）。生产环境通过统一身份认证登录。") String sign_in_dev_intro();
    @Message("角色") String sign_in_role();
    @Message("所属机构（填报人员必选）") String sign_in_agency();
    @Message("（不属于任何机构）") String sign_in_no_agency();
    @Message("机构服务暂时不可用，无法列出机构；不需要机构的角色仍可登录。") String sign_in_agencies_unavailable();
    @Message("填报人员必须选择所属机构。") String sign_in_agency_required();
    @Message("请选择一个角色。") String sign_in_role_required();
    @Message("{#when role}{#is 'reporter'}填报人员（机构）{#is 'statistics'}统计局{#is 'evaluator'}评估组{#is 'leadership'}领导小组{#is 'viewer'}查阅人员{#is 'admin'}系统管理员{#else}{role}{/when}")
    String role_name(String role);

    @Message("出错了") String error_title();
    @Message("{service}暂时不可用") String service_unavailable_title(String service);
    @Message("{service}暂时无法访问，本部分内容暂不能显示，请在 {seconds} 秒后刷新重试。页面其他部分不受影响。") String service_unavailable(String service, long seconds);
    @Message("{#when service}{#is 'indicator-service'}指标服务{#is 'agency-service'}机构服务{#is 'evaluation-service'}评估服务{#else}{service}{/when}")
    String service_name(String service);
    @Message("请求未被接受") String problem_title();
    @Message("字段") String problem_field();
    @Message("说明") String problem_message();
    @Message("行") String problem_row();
    @Message("共有 {count} 处不符合要求，均未保存。请按下表逐项修改后重新提交。") String problem_errors_intro(Object count);
    @Message("不符合要求的内容") String problem_errors_caption();
    @Message("没有权限") String forbidden_title();
    @Message("没有权限查看此页面。") String forbidden();
    @Message("您当前的角色：") String forbidden_roles();
    @Message("、") String forbidden_roles_separator();
    @Message("。此页面属于其他角色；如需办理，请退出后以有权限的身份重新登录。") String forbidden_hint();
    @Message("页面不存在。") String not_found();
    @Message("返回首页") String back_home();

    @Message("已发布的评估报告") String public_title();
    @Message("以下是已正式发布的中期、终期评估报告，无需登录即可查阅和下载。") String public_intro();
    @Message("已发布报告列表") String public_caption();
    @Message("报告") String public_col_title();
    @Message("年份") String public_col_year();
    @Message("发布时间") String public_col_published();
    @Message("暂无已发布的报告。") String public_none();

    // ---- the public dashboard of a published report (public/dashboard.html)
    @Message("返回已发布报告列表") String dash_back();
    @Message("{plan}；评估期 {start}—{end} 年，数据截至 {year} 年；{issuer}发布。") String dash_meta(String plan, Integer start, Integer end, Integer year, String issuer);
    @Message("第 {version} 版，{date} 封存，校验值 {checksum}。") String dash_version(Integer version, Object date, String checksum);
    @Message("下载报告") String dash_downloads();
    @Message("完整报告可下载为以下格式：") String dash_downloads_intro();
    @Message("{#when format}{#is 'pdf'}PDF（可打印）{#is 'xlsx'}Excel 表格（XLSX）{#is 'html'}网页版（HTML）{#is 'json'}数据（JSON）{#else}{format}{/when}")
    String dash_format(String format);
    @Message("各领域指标进展") String dash_progress();
    @Message("{domain}指标进展状态") String dash_status_chart(String domain);
    @Message("{domain}：各进展状态的定量指标数") String dash_status_caption(String domain);
    @Message("进展状态") String dash_col_status();
    @Message("指标数") String dash_col_count();
    @Message("{#when status}{#is 'TARGET_ACHIEVED'}已达标{#is 'SUBSTANTIAL_PROGRESS'}进展良好{#is 'MODERATE_PROGRESS'}需加快进度{#is 'LIMITED_PROGRESS'}进展有限{#is 'DETERIORATION'}出现倒退{#is 'INSUFFICIENT_DATA'}数据不足{#is 'NOT_ASSESSED'}未评估{#is 'NONE'}暂无可评估的定量指标{#else}{status}{/when}")
    String status_name(String status);
    @Message("目标") String dash_chart_target();
    @Message("目标 {target}") String dash_chart_target_is(String target);
    @Message("{year}年{dimension}差距{gap}") String dash_chart_gap(Integer year, String dimension, String gap);
    @Message("{#when group}{#is 'URBAN'}城镇{#is 'RURAL'}农村{#is 'MALE'}男{#is 'FEMALE'}女{#else}{group}{/when}") String dash_group(String group);
    @Message("{#when dimension}{#is 'RESIDENCE'}城乡{#is 'SEX'}性别{#else}{/when}") String dash_dimension(String dimension);
    @Message("本领域 {count} 项指标的现状、目标与历年趋势") String dash_indicators_summary(int count);
    @Message("{domain}：指标现状与目标") String dash_indicators_caption(String domain);
    @Message("编号") String dash_col_code();
    @Message("指标") String dash_col_indicator();
    @Message("基线") String dash_col_baseline();
    @Message("最新值") String dash_col_latest();
    @Message("目标") String dash_col_target();
    @Message("{code} {name}：历年数值与目标（趋势图）") String dash_trend_caption(String code, String name);
    @Message("预警") String dash_warnings();
    @Message("预警指标") String dash_warnings_caption();
    @Message("预警规则") String dash_col_rule();
    @Message("级别") String dash_col_severity();
    @Message("说明") String dash_col_message();
    @Message("牵头单位") String dash_col_agencies();
    @Message("本报告没有预警。") String dash_no_warnings();
    @Message("城乡与性别差距") String dash_gaps();
    @Message("城乡、性别差距及其变化") String dash_gaps_caption();
    @Message("维度") String dash_col_dimension();
    @Message("比较组") String dash_col_groups();
    @Message("最早差距") String dash_col_earliest_gap();
    @Message("最新差距") String dash_col_latest_gap();
    @Message("变化趋势") String dash_col_trend();
    @Message("{code} {name}：两组历年数值（差距图）") String dash_gap_caption(String code, String name);
    @Message("本报告没有分城乡、分性别的数据。") String dash_no_gaps();
    @Message("读者意见") String dash_feedback();
    @Message("对本报告的意见建议经市妇儿工委办公室审核后公开。") String dash_feedback_intro();
    @Message("已公开的读者意见") String dash_feedback_caption();
    @Message("暂无公开的读者意见。") String dash_feedback_none();
    @Message("读者") String dash_col_author();
    @Message("时间") String dash_col_received();
    @Message("意见") String dash_col_comment();
    @Message("匿名读者") String dash_anonymous();
    @Message("提交意见") String dash_feedback_form();
    @Message("意见建议（必填，不超过 2000 字）") String dash_field_comment();
    @Message("姓名（选填，审核通过后公开显示）") String dash_field_name();
    @Message("单位（选填，审核通过后公开显示）") String dash_field_org();
    @Message("联系方式（选填，不公开，仅用于回复您）") String dash_field_contact();
    @Message("提交") String dash_send();
    @Message("已收到您的意见（编号 {code}），审核通过后将公开显示。谢谢！") String dash_feedback_received(String code);
    @Message("请填写意见建议。") String dash_comment_required();
}
