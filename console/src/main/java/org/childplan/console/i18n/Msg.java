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
    @Message("没有权限查看此页面。") String forbidden();
    @Message("页面不存在。") String not_found();
    @Message("返回首页") String back_home();

    @Message("已发布的评估报告") String public_title();
    @Message("以下是已正式发布的中期、终期评估报告，无需登录即可查阅和下载。") String public_intro();
    @Message("已发布报告列表") String public_caption();
    @Message("报告") String public_col_title();
    @Message("年份") String public_col_year();
    @Message("发布时间") String public_col_published();
    @Message("暂无已发布的报告。") String public_none();
}
