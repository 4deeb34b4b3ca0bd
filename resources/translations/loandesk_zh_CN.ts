<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionText</name>
    <message>
        <location filename="../../ui/borrowrepay/actiontext.cpp" line="+16"/>
        <source>No credit-account key is configured for this risk unit; it is monitored read-only.</source>
        <translation>此风险单位未配置放贷账户 API Key，仅以只读方式监控。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile is read-only.</source>
        <translation>此配置档案为只读。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk unit is being liquidated or its LTV is at the liquidation level.</source>
        <translation>该风险单位正在强制平仓，或其 LTV 已达强制平仓线。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange reported a transaction still in progress (-27025); wait a moment.</source>
        <translation>交易所报告有交易仍在处理中（-27025），请稍候。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A collateral account was just added; borrowing is blocked for 2 minutes (-27031).</source>
        <translation>刚添加了抵押账户，2 分钟内无法借款（-27031）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange&apos;s rate limit paused this endpoint (HTTP 429).</source>
        <translation>交易所的访问频率限制已暂停此接口（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange has temporarily banned this IP address (HTTP 418).</source>
        <translation>交易所已暂时封禁此 IP 地址（HTTP 418）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another borrow or repay on this risk unit is waiting for the exchange&apos;s answer.</source>
        <translation>此风险单位的另一笔借款或还款正在等待交易所答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An earlier action on this risk unit is not settled yet; see the status bar or Actions → Activity.</source>
        <translation>此风险单位之前的一笔操作尚未了结；请查看状态栏或“操作 → 操作记录”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log cannot be written; nothing is sent without a journal entry.</source>
        <translation>无法写入审计日志；没有日志记录的操作一律不发送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a positive amount of USDT or USDC with at most 8 decimal places.</source>
        <translation>请输入大于零、最多 8 位小数的 USDT 或 USDC 金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This amount needs a second operator to confirm it with their PIN.</source>
        <translation>此金额需由复核人以其 PIN 确认。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome unknown</source>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done (confirmed from records)</source>
        <translation>已完成（经记录确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not executed (confirmed from records)</source>
        <translation>未执行（经记录确认）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probably executed — check</source>
        <translation>可能已执行 — 请核对</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Executed (checked by hand)</source>
        <translation>已执行（人工核对）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not executed (checked by hand)</source>
        <translation>未执行（人工核对）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Marked as executed by an operator who checked the exchange.</source>
        <translation>已由核对过交易所记录的操作员标记为已执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrowed %1 (transaction %2).</source>
        <translation>已借款 %1（交易 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested %1, actually repaid %2 (transaction %3).</source>
        <translation>申请还款 %1，实际还款 %2（交易 %3）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange refused it: %1</source>
        <translation>交易所拒绝了该请求：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 The request may or may not have been executed. LoanDesk does not resend it; it is checking the exchange&apos;s records now.</source>
        <translation>%1 该请求可能已执行，也可能未执行。LoanDesk 不会重新发送，正在核对交易所的记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange&apos;s records show it was not executed. Nothing was borrowed or repaid.</source>
        <translation>交易所记录显示该请求未执行，未发生任何借款或还款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked as not executed by an operator who checked the exchange.</source>
        <translation>已由核对过交易所记录的操作员标记为未执行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange&apos;s records hold a matching transaction (%1) that LoanDesk cannot claim for certain. Check it on the exchange and resolve the action by hand.</source>
        <translation>交易所记录中有一笔相符的交易（%1），但 LoanDesk 无法确定它属于本操作。请在交易所核对，并人工处理此操作。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent; waiting for the exchange…</source>
        <translation>已发送，正在等待交易所答复…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Borrow #%1 on risk unit %2</source>
        <translation>风险单位 %2 的借款 #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repay #%1 on risk unit %2</source>
        <translation>风险单位 %2 的还款 #%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: checking the exchange&apos;s records…</source>
        <translation>%1：正在核对交易所的记录…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be checked: there is no credit-account key for this risk unit. Add the key, or check on the exchange and resolve it in Actions → Activity.</source>
        <translation>%1 无法核对：此风险单位没有放贷账户 API Key。请添加该 Key，或在交易所核对后在“操作 → 操作记录”中人工了结。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not settled: checking the exchange&apos;s records failed (%2). Next try at %3.</source>
        <translation>%1 尚未了结：核对交易所记录失败（%2）。下次尝试时间：%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not settled: the exchange could still show it. Next check at %2.</source>
        <translation>%1 尚未了结：交易所仍可能显示这笔操作。下次核对时间：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was probably executed (transaction %2): check it on the exchange and resolve it in Actions → Activity.</source>
        <translation>%1 可能已执行（交易 %2）：请在交易所核对，并在“操作 → 操作记录”中人工了结。</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <location filename="../../ui/alertdelivery/alerttext.cpp" line="+18"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin call</source>
        <translation>追加保证金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation imminent</source>
        <translation>即将强制平仓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV still rising</source>
        <translation>LTV 持续上升</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling paused</source>
        <translation>轮询已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV mismatch</source>
        <translation>LTV 不一致</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced liquidation</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LoanDesk: %1</source>
        <translation>LoanDesk：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk unit %1: %2</source>
        <translation>风险单位 %1：%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Risk unit %1 has no equity above maintenance margin (LTV undefined) at %2.</source>
        <translation>风险单位 %1 于 %2 的净资产已不高于维持保证金（LTV 无法计算）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk unit %1: LTV %2 reached the %3 level (%4) at %5.</source>
        <translation>风险单位 %1：LTV %2 于 %5 达到“%3”级别（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Risk unit %1: LTV keeps rising above margin call (%2): now %3 at %4.</source>
        <translation>风险单位 %1：LTV 在追加保证金线（%2）之上继续上升，%4 时为 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LoanDesk has received no fresh data for several minutes (%1); the figures on screen are old. Checked at %2.</source>
        <translation>LoanDesk 已有数分钟未收到新数据（%1），屏幕上的数字已过时。检查时间：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange paused LoanDesk&apos;s requests (%1). Noted at %2.</source>
        <translation>交易所暂停了 LoanDesk 的请求（%1）。记录时间：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk unit %1: the exchange reports LTV %2 but its own figures give %3 (%4).</source>
        <translation>风险单位 %1：交易所报告的 LTV 为 %2，但按其自身数据计算为 %3（%4）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk unit %1: a new forced liquidation was recorded at %2.</source>
        <translation>风险单位 %1：%2 记录到一笔新的强制平仓。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk unit %1: the exchange recorded a new forced liquidation, which started at LTV %2. Noticed at %3.</source>
        <translation>风险单位 %1：交易所记录了一笔新的强制平仓，开始时 LTV 为 %2。发现于 %3。</translation>
    </message>
</context>
<context>
    <name>BandStyle</name>
    <message>
        <location filename="../../ui/common/bandstyle.cpp" line="+116"/>
        <source>Warning</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial LTV</source>
        <translation>初始 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin call</source>
        <translation>追加保证金线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation</source>
        <translation>强制平仓线</translation>
    </message>
</context>
<context>
    <name>CollateralStrip</name>
    <message>
        <location filename="../../ui/common/collateralstrip.cpp" line="+37"/>
        <source>Composition complete, priced %1</source>
        <translation>构成完整，定价于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composition partial: %1</source>
        <translation>构成不完整：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composition unavailable: %1</source>
        <translation>构成不可用：%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Collateral by asset — risk unit %1</source>
        <translation>按资产划分的抵押品 — 风险单位 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Haircut</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collateral value</source>
        <translation>抵押价值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Trigger prices (that asset alone)</source>
        <translation>触发价格（仅该资产变动）</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../ui/shell/commandline.cpp" line="+11"/>
        <source>Treasury dashboard for Binance Institutional Loan risk units.</source>
        <translation>币安机构借贷风险单位的资金管理看板。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Start the built-in simulated exchange and connect to it.</source>
        <translation>启动内置的模拟交易所并连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Simulator scenario for --demo (calm, stressed or a JSON file).</source>
        <translation>--demo 使用的模拟场景（calm、stressed 或 JSON 文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fetch once, render the dashboard offscreen to FILE (.png or .pdf) and exit.</source>
        <translation>获取一次数据，在后台将看板渲染到 FILE（.png 或 .pdf）后退出。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>With --snapshot: also write the normalized state as JSON.</source>
        <translation>与 --snapshot 一起使用：同时将规范化状态写为 JSON。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only this risk unit.</source>
        <translation>仅限此风险单位。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange API base URL (default https://api.binance.com).</source>
        <translation>交易所 API 基础 URL（默认 https://api.binance.com）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mask sub-account emails in snapshots and dumps.</source>
        <translation>在快照和导出中隐去子账户邮箱。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the saved profile NAME.</source>
        <translation>使用已保存的配置档案 NAME。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User interface language (en, zh_CN).</source>
        <translation>界面语言（en、zh_CN）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--group-id must be a positive number, not &quot;%1&quot;</source>
        <translation>--group-id 必须是正整数，而不是“%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--base-url must be an https URL (plain http only to loopback): %1</source>
        <translation>--base-url 必须是 https URL（明文 http 仅限本机回环地址）：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--demo and --base-url cannot be combined</source>
        <translation>--demo 与 --base-url 不能同时使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--dump needs --snapshot</source>
        <translation>--dump 需要与 --snapshot 一起使用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--snapshot must end in .png or .pdf: %1</source>
        <translation>--snapshot 的文件名必须以 .png 或 .pdf 结尾：%1</translation>
    </message>
</context>
<context>
    <name>CompositionBuilder</name>
    <message>
        <location filename="../../app/collateral/compositionbuilder.cpp" line="+63"/>
        <source>the %1 collateral ratios have not been read yet</source>
        <translation>尚未读取%1抵押率</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+32"/>
        <source>negative balance of %1</source>
        <translation>%1 余额为负</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+27"/>
        <source>no price for %1</source>
        <translation>没有 %1 的价格</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>the exchange lists no collateral ratio for %1 in %2</source>
        <translation>交易所未列出 %1 在%2中的抵押率</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no collateral tier covers %1 worth %2 USD</source>
        <translation>没有抵押档位覆盖价值 %2 USD 的 %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>not read yet</source>
        <translation>尚未读取</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not counted as collateral by the exchange (holds %1 USD)</source>
        <translation>交易所不将其计为抵押品（持有 %1 USD）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>composed net equity %1 USD differs from the exchange&apos;s %2 USD</source>
        <translation>按资产合计的净资产 %1 USD 与交易所的 %2 USD 不一致</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>; and %n more wallet(s)</source>
        <translation>
            <numerusform>；另有 %n 个钱包</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the unit has no wallet</source>
        <translation>该风险单位没有钱包</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <location filename="../../app/models/displayformat.cpp" line="+142"/>
        <source>&lt; 10 s</source>
        <translation>不到 10 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../ui/common/errortext.cpp" line="+22"/>
        <source>This computer&apos;s clock and the exchange&apos;s disagree; the request fell outside the receive window (-1021). LoanDesk resynchronises its clock and retries.</source>
        <translation>本机时钟与交易所时钟不一致，请求超出了接收窗口 recvWindow（-1021）。LoanDesk 会重新校准时钟并重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API secret does not match this key (-1022).</source>
        <translation>Secret Key 与此 API Key 不匹配（-1022）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not in a valid format (-2014).</source>
        <translation>API Key 格式无效（-2014）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is invalid, not allowed from this IP, or lacks permission (-2015).</source>
        <translation>API Key 无效、不允许从此 IP 访问，或缺少权限（-2015）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This key is not authorised for this request (-1002).</source>
        <translation>此 API Key 无权执行该请求（-1002）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount exceeds the maximum this risk unit may borrow (-27009).</source>
        <translation>金额超过该风险单位的最大可借额度（-27009）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrowing is blocked: the LTV would exceed the initial LTV threshold (-27020).</source>
        <translation>无法借款：LTV 将超过初始 LTV 阈值（-27020）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no liability to repay in this risk unit (-27011).</source>
        <translation>该风险单位没有需要偿还的负债（-27011）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk unit is being liquidated; try again later (%1).</source>
        <translation>该风险单位正在强制平仓，请稍后再试（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A previous transaction is still being processed; try again shortly (-27025).</source>
        <translation>前一笔交易仍在处理中，请稍后再试（-27025）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrowing and transfers are blocked for 2 minutes after a collateral account is added (-27031).</source>
        <translation>添加抵押账户后 2 分钟内不能借款或划转（-27031）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 The exchange says: %2</source>
        <translation>%1 交易所返回：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The risk unit has pending transactions and trading is suspended; try again later (-1025).</source>
        <translation>风险单位有未完成的交易，交易已暂停；请稍后再试（-1025）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange rejected the request as invalid (-27000).</source>
        <translation>交易所认为请求参数无效（-27000）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The risk unit was not found (-27001).</source>
        <translation>找不到该风险单位（-27001）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk unit already has the most collateral accounts allowed (-27002).</source>
        <translation>该风险单位的抵押账户数量已达上限（-27002）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account is already linked to another risk unit (-27003).</source>
        <translation>该账户已关联到其他风险单位（-27003）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A collateral account must be a sub-account under the same parent account (-27004).</source>
        <translation>抵押账户必须是同一母账户下的子账户（-27004）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account must open a margin account first (-27005).</source>
        <translation>该账户须先开通杠杆账户（-27005）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credit account must be a Portfolio Margin or Cross Margin account (-27006).</source>
        <translation>放贷账户必须是统一账户或全仓杠杆账户（-27006）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A collateral account cannot also be the credit account (-27007).</source>
        <translation>抵押账户不能同时是放贷账户（-27007）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new collateral account&apos;s net equity must be at least its maintenance margin (-27008).</source>
        <translation>新抵押账户的净资产必须不低于其维持保证金（-27008）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credit account was not found in this risk unit (-27010).</source>
        <translation>在该风险单位中找不到放贷账户（-27010）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is not enough available margin for this borrow (-27012).</source>
        <translation>可用保证金不足，无法借款（-27012）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This collateral account type is not supported (-27013).</source>
        <translation>不支持该抵押账户类型（-27013）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange&apos;s lending account does not hold enough of this asset to lend right now; try a smaller amount or later (-27014).</source>
        <translation>交易所出借账户中该资产余额不足，暂时无法出借；请减少金额或稍后再试（-27014）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The balance of this asset is not enough for the request (-27015).</source>
        <translation>该资产余额不足，无法完成请求（-27015）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount has more decimal places than the exchange allows for this asset (-27016).</source>
        <translation>金额的小数位数超过交易所对该资产允许的精度（-27016）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This asset cannot be borrowed; choose a supported loan asset such as USDT or USDC (-27017).</source>
        <translation>该资产不支持借款；请选择受支持的借款资产，如 USDT 或 USDC（-27017）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The risk unit cannot be closed before its liability is fully repaid (-27018).</source>
        <translation>风险单位的负债尚未全部还清，无法关闭（-27018）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is not in this risk unit, so it cannot be removed (-27019).</source>
        <translation>该账户不在此风险单位中，无法移除（-27019）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credit account that receives the loan cannot be removed from the risk unit (-27021).</source>
        <translation>接收借款的放贷账户不能从风险单位中移除（-27021）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A risk unit needs one credit account and at least one ordinary collateral account (-27022).</source>
        <translation>风险单位需要一个放贷账户和至少一个普通抵押账户（-27022）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange could not complete the borrow; try again, or contact the Binance Margin team if it keeps failing (-27023).</source>
        <translation>交易所未能完成借款；请重试，若持续失败请联系币安杠杆团队（-27023）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The receiving account is not in this risk unit (-27026).</source>
        <translation>接收账户不在此风险单位中（-27026）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The receiving account&apos;s margin wallet is not enabled (-27027).</source>
        <translation>接收账户的杠杆钱包未开通（-27027）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount exceeds the most that may be transferred out of this risk unit (-27028).</source>
        <translation>金额超过该风险单位的最大可转出金额（-27028）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Collateral accounts may only transfer to the margin wallets of other collateral accounts in the same risk unit (-27029).</source>
        <translation>抵押账户只能划转到同一风险单位内其他抵押账户的杠杆钱包（-27029）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Managed sub-accounts cannot be added through the API (-27030).</source>
        <translation>托管子账户不能通过 API 添加（-27030）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot reach the exchange.</source>
        <translation>无法连接交易所。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the exchange (%1).</source>
        <translation>无法连接交易所（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange did not answer in time.</source>
        <translation>交易所未能及时答复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the exchange failed.</source>
        <translation>与交易所的安全连接失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the exchange failed (%1).</source>
        <translation>与交易所的安全连接失败（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange answered with a redirect (HTTP %1); signed requests never follow redirects. Check the base URL.</source>
        <translation>交易所返回了重定向（HTTP %1）；签名请求从不跟随重定向。请检查基础 URL。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange rejected the API key (%1): %2</source>
        <translation>交易所拒绝了该 API Key（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API secret does not match this key.</source>
        <translation>Secret Key 与此 API Key 不匹配。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock and the exchange&apos;s disagree; the request fell outside the receive window.</source>
        <translation>本机时钟与交易所时钟不一致，请求超出了接收窗口 recvWindow。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached (HTTP 429).</source>
        <translation>已达访问频率限制（HTTP 429）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange has temporarily banned this IP address for sending too many requests (HTTP 418).</source>
        <translation>由于请求过多，交易所已暂时封禁此 IP 地址（HTTP 418）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange reported an internal error (%1).</source>
        <translation>交易所报告内部错误（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange reported a server error (HTTP %1).</source>
        <translation>交易所报告服务器错误（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange sent a reply LoanDesk cannot read.</source>
        <translation>交易所返回了 LoanDesk 无法解析的响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange sent a reply LoanDesk cannot read (%1).</source>
        <translation>交易所返回了 LoanDesk 无法解析的响应（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Exchange error %1: %2</source>
        <translation>交易所错误 %1：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The exchange answered with HTTP status %1.</source>
        <translation>交易所返回了 HTTP 状态码 %1。</translation>
    </message>
</context>
<context>
    <name>HistoryChartView</name>
    <message>
        <location filename="../../ui/common/historyplot.cpp" line="+155"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borrow</source>
        <translation>借款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repay</source>
        <translation>还款</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forced liquidation / repayment</source>
        <translation>强制平仓 / 强制还款</translation>
    </message>
</context>
<context>
    <name>KeyReportText</name>
    <message>
        <location filename="../../ui/preferences/keyreporttext.cpp" line="+26"/>
        <source>This key cannot read the risk units: %1</source>
        <translation>此 API Key 无法读取风险单位：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This parent key sees %n risk unit(s)</source>
        <translation>
            <numerusform>此母账户 API Key 可查看 %n 个风险单位</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; check that it belongs to the parent account.</source>
        <translation>；请确认它属于母账户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; every unit has its credit key, so borrowing and repaying are possible.</source>
        <translation>；每个风险单位都有放贷账户 API Key，可以借款和还款。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; borrowing needs the credit key.</source>
        <translation>；借款需要放贷账户 API Key。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; borrowing in unit(s) %1 needs the credit key.</source>
        <translation>；风险单位 %1 的借款需要放贷账户 API Key。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This credit key sees only its own risk unit %1.</source>
        <translation>此放贷账户 API Key 只能查看其所属的风险单位 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>This key sees %n risk unit(s) but is not a parent key.</source>
        <translation>
            <numerusform>此 API Key 可查看 %n 个风险单位，但不是母账户 API Key。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credit key for unit %1 was refused: %2</source>
        <translation>风险单位 %1 的放贷账户 API Key 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>LtvBand</name>
    <message>
        <location filename="../../app/models/riskunitlistmodel.cpp" line="+15"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above initial</source>
        <translation>高于初始 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Margin call</source>
        <translation>追加保证金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liquidation</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undefined (no equity)</source>
        <translation>无法计算（无净资产）</translation>
    </message>
</context>
<context>
    <name>LtvChartPainter</name>
    <message>
        <location filename="../../ui/reportwriter/ltvchartpainter.cpp" line="+98"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing recorded (LoanDesk closed or offline)</source>
        <translation>无记录（LoanDesk 未运行或离线）</translation>
    </message>
</context>
<context>
    <name>MemberRole</name>
    <message>
        <location filename="../../app/models/collateraltreemodel.cpp" line="+18"/>
        <source>Credit</source>
        <translation>放贷账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral</source>
        <translation>抵押账户</translation>
    </message>
</context>
<context>
    <name>PriceTriggerText</name>
    <message>
        <location filename="../../app/models/pricetriggertext.cpp" line="+10"/>
        <source>warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>initial LTV</source>
        <translation>初始 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>margin call</source>
        <translation>追加保证金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>liquidation</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 alone cannot reach %2</source>
        <translation>仅 %1 变动无法达到%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 (%3) → %4</source>
        <translation>%1 %2（%3）→ %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All non-stable together cannot reach %1</source>
        <translation>所有非稳定币一起下跌也无法达到%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All non-stable %1 → %2</source>
        <translation>所有非稳定币 %1 → %2</translation>
    </message>
</context>
<context>
    <name>ProfileStartup</name>
    <message>
        <location filename="../../ui/preferences/profilestartup.cpp" line="+31"/>
        <source>there is no profile called &quot;%1&quot;</source>
        <translation>不存在名为“%1”的配置档案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile file could not be used: %1</source>
        <translation>无法使用配置档案文件：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the profile &quot;%1&quot; is incomplete; open Settings to fix it</source>
        <translation>配置档案“%1”不完整，请打开“设置”修正</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain holds no secret for API key %1</source>
        <translation>系统密钥环中没有 API Key %1 的 Secret Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no keychain service is running, so the secret for API key %1 cannot be read; set LOANDESK_API_KEY and LOANDESK_API_SECRET</source>
        <translation>没有正在运行的密钥环服务，无法读取 API Key %1 的 Secret Key；请设置 LOANDESK_API_KEY 和 LOANDESK_API_SECRET</translation>
    </message>
</context>
<context>
    <name>ReportBundle</name>
    <message>
        <location filename="../../ui/reportwriter/reportbundle.cpp" line="+27"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot create folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot write into folder %1</source>
        <translation>无法写入文件夹 %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot finish report folder %1</source>
        <translation>无法完成报告文件夹 %1</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../ui/reportwriter/reportdocument.cpp" line="+147"/>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+88"/>
        <source>Net equity</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin call if collateral falls</source>
        <translation>抵押品下跌多少触发追加保证金</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Risk unit %1 — %2</source>
        <translation>风险单位 %1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV %1 (exchange reports %2) · exchange time %3 · received %4</source>
        <translation>LTV %1（交易所报告 %2）· 交易所时间 %3 · 接收时间 %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distance to each band</source>
        <translation>距各 LTV 区间的距离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Collateral fall that reaches it</source>
        <translation>抵押品下跌幅度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repay to return to it</source>
        <translation>回到该线所需还款</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Warning</source>
        <translation>预警线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Initial LTV</source>
        <translation>初始 LTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin call</source>
        <translation>追加保证金线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation</source>
        <translation>强制平仓线</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price of each asset that triggers a band</source>
        <translation>触发各区间的各资产价格</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Price now</source>
        <translation>当前价格</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each price moves that asset alone, everything else unchanged; — where that asset alone cannot reach the band.</source>
        <translation>每个价格仅变动该资产，其余不变；— 表示仅该资产变动无法达到该区间。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Collateral by asset</source>
        <translation>按资产划分的抵押品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Composition complete, priced %1</source>
        <translation>构成完整，定价于 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composition partial (%1): the other wallets count at ltv-details&apos; figures</source>
        <translation>构成不完整（%1）：其他钱包按 ltv-details 的数字计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composition unavailable: %1</source>
        <translation>构成不可用：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value (USD)</source>
        <translation>价值（USD）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Haircut</source>
        <translation>折扣率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral value (USD)</source>
        <translation>抵押价值（USD）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>already reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none needed</source>
        <translation>无需还款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total net equity</source>
        <translation>总净资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total liability</source>
        <translation>总负债</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max allowed borrow limit</source>
        <translation>最大允许借款额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max transfer-out</source>
        <translation>最大可转出金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent frozen amount</source>
        <translation>母账户冻结金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Liabilities</source>
        <translation>负债</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Times in UTC</source>
        <translation>时间均为 UTC</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Times in %1 (%2, %3)</source>
        <translation>时间均为 %1（%2，%3）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>LTV history, risk unit %1</source>
        <translation>LTV 历史，风险单位 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LTV, last 24 h</source>
        <translation>LTV，最近 24 小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LTV, last 7 days</source>
        <translation>LTV，最近 7 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The LTV history could not be read: %1</source>
        <translation>无法读取 LTV 历史：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No LTV recorded in the last 24 h.</source>
        <translation>最近 24 小时没有 LTV 记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No LTV recorded in the last 7 days.</source>
        <translation>最近 7 天没有 LTV 记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From %1 to %2</source>
        <translation>从 %1 到 %2</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+41"/>
        <location line="+92"/>
        <source>Asset</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Collateral</source>
        <translation>抵押品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account / wallet</source>
        <translation>账户 / 钱包</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maint. margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+102"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>ScheduledReporter</name>
    <message>
        <location filename="../../ui/reportwriter/scheduledreporter.cpp" line="+44"/>
        <location line="+21"/>
        <source>no data received yet</source>
        <translation>尚未收到数据</translation>
    </message>
</context>
<context>
    <name>SettingsMenu</name>
    <message>
        <location filename="../../ui/preferences/settingsmenu.cpp" line="+30"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language changed</source>
        <translation>语言已更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoanDesk shows the new language after a restart. Restart now?</source>
        <translation>LoanDesk 重启后显示新语言。现在重启吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Connect profile…</source>
        <translation>连接配置档案(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>Connect profile</source>
        <translation>连接配置档案</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>There are no profiles yet. Create one in Settings → Connection.</source>
        <translation>还没有配置档案。请在“设置 → 连接”中创建。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Profile:</source>
        <translation>配置档案：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Alerts…</source>
        <translation>告警(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SnapshotHeader</name>
    <message>
        <location filename="../../ui/common/snapshotheader.cpp" line="+32"/>
        <source>LoanDesk — %1 — risk units %2</source>
        <translation>LoanDesk — %1 — 风险单位 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exchange time %1 · fetched %2 · LoanDesk %3</source>
        <translation>交易所时间 %1 · 获取时间 %2 · LoanDesk %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> · STALE DATA</source>
        <translation> · 数据已过期</translation>
    </message>
</context>
<context>
    <name>TriggerText</name>
    <message>
        <location filename="../../ui/common/triggertext.cpp" line="+25"/>
        <source>%1: no price of this asset alone reaches a band</source>
        <translation>%1：仅该资产的任何价格都不会达到任何区间</translation>
    </message>
</context>
<context>
    <name>WalletType</name>
    <message>
        <location filename="../../app/domain/wallettypename.cpp" line="+10"/>
        <source>Spot</source>
        <translation>现货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross Margin</source>
        <translation>全仓杠杆</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portfolio Margin</source>
        <translation>统一账户</translation>
    </message>
</context>
<context>
    <name>loandesk::ActionDialog</name>
    <message>
        <location filename="../../ui/borrowrepay/actiondialog.cpp" line="+53"/>
        <source>Amount again:</source>
        <translation>再次输入金额：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Review…</source>
        <translation>复核(&amp;R)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Risk unit %1</source>
        <translation>风险单位 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Large amounts are typed twice, so a slip cannot add a zero.</source>
        <translation>大额金额需输入两次，以免手误多输一个零。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Enter an amount greater than zero with at most 8 decimal places.</source>
        <translation>请输入大于零、最多 8 位小数的金额。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Above %1, type the amount a second time; the two must match.</source>
        <translation>金额超过 %1 时需再次输入，两次必须一致。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In words: %1</source>
        <translation>大写金额：%1</translation>
    </message>
</context>
<context>
    <name>loandesk::ActionsMenu</name>
    <message>
        <location filename="../../ui/borrowrepay/actionsmenu.cpp" line="+34"/>
        <source>&amp;Actions</source>
        <translation>操作(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Borrow…</source>
        <translation>借款(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repay…</source>
        <translation>还款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Activity…</source>
        <translation>操作记录(&amp;A)…</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%1 (and %n more open action(s): see Actions → Activity)</source>
        <translation>
            <numerusform>%1（另有 %n 笔未了结操作：见“操作 → 操作记录”）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loandesk::ActivityView</name>
    <message>
        <location filename="../../ui/borrowrepay/activityview.cpp" line="+37"/>
        <source>Activity — borrow and repay journal</source>
        <translation>操作记录 — 借款与还款日志</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verify audit chain</source>
        <translation>校验审计链(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resolve by hand…</source>
        <translation>人工了结(&amp;R)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export activity</source>
        <translation>导出操作记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Select an open action that LoanDesk cannot check (no credit key, the exchange unreachable for 5 minutes) or that probably executed.</source>
        <translation>请选择一笔 LoanDesk 无法核对（没有放贷账户 API Key，或交易所已 5 分钟无法访问）或可能已执行的未了结操作。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The resolution could not be journaled; the action stays open.</source>
        <translation>人工了结未能写入日志；这笔操作仍未了结。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The audit chain is BROKEN at row %1: that row or one before it was changed outside LoanDesk.</source>
        <translation>审计链在第 %1 行断裂：该行或之前的某一行在 LoanDesk 之外被修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Row %1 is MISSING from the audit journal: it was deleted outside LoanDesk.</source>
        <translation>审计日志缺少第 %1 行：该行在 LoanDesk 之外被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows %1–%2 are MISSING from the audit journal: they were deleted outside LoanDesk.</source>
        <translation>审计日志缺少第 %1–%2 行：这些行在 LoanDesk 之外被删除。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The end of the audit journal is MISSING: row %1, anchored outside the file, was deleted outside LoanDesk.</source>
        <translation>审计日志末尾缺失：已在文件之外锚定的第 %1 行在 LoanDesk 之外被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The end of the audit journal is MISSING: rows %1–%2, anchored outside the file, were deleted outside LoanDesk.</source>
        <translation>审计日志末尾缺失：已在文件之外锚定的第 %1–%2 行在 LoanDesk 之外被删除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit chain was REWRITTEN outside LoanDesk: every link checks out, but row %1 no longer has the hash anchored outside the file.</source>
        <translation>审计链已在 LoanDesk 之外被重写：每一环都能校验通过，但第 %1 行的哈希值已与在文件之外锚定的不一致。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit journal is empty.</source>
        <translation>审计日志为空。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The audit chain is intact: %n row(s) verified.</source>
        <translation>
            <numerusform>审计链完整：已校验 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its end matches the anchor kept in the keychain.</source>
        <translation>其末尾与系统密钥环中保存的锚点一致。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows %1–%2 are not anchored: LoanDesk stopped before it could anchor them, or they were added outside LoanDesk.</source>
        <translation>第 %1–%2 行未锚定：LoanDesk 在锚定它们之前已停止，或它们是在 LoanDesk 之外添加的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its end is NOT anchored yet (first use of the anchor, a moved journal or a removed keychain entry): rows deleted from the end would not show. The next borrow or repay anchors it.</source>
        <translation>其末尾尚未锚定（首次使用锚点、日志文件已移动或密钥环条目已被删除）：从末尾删除的行不会被发现。下一次借款或还款时将完成锚定。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its end is NOT anchored: no keychain is available, so rows deleted from the end while LoanDesk is closed would not show.</source>
        <translation>其末尾未锚定：没有可用的系统密钥环，因此在 LoanDesk 关闭期间从末尾删除的行不会被发现。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its end is NOT anchored: the keychain did not keep the anchor (%1).</source>
        <translation>其末尾未锚定：系统密钥环未能保存锚点（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The anchor is still being read from the keychain; verify again in a moment.</source>
        <translation>正在从系统密钥环读取锚点，请稍后再校验。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its end is NOT anchored, so rows deleted from the end would not show.</source>
        <translation>其末尾未锚定，因此从末尾删除的行不会被发现。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
</context>
<context>
    <name>loandesk::AlertBanner</name>
    <message>
        <location filename="../../ui/alertdelivery/alertbanner.cpp" line="+19"/>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All alerts…</source>
        <translation>全部告警…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert</source>
        <translation>告警</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>(%n more open)</source>
        <translation>
            <numerusform>（另有 %n 条未处理）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loandesk::AlertDelivery</name>
    <message>
        <location filename="../../ui/alertdelivery/alertdelivery.cpp" line="+45"/>
        <source>LoanDesk alerts</source>
        <translation>LoanDesk 告警</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The alert command for alert %1 failed: %2</source>
        <translation>告警 %1 的告警命令执行失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit code %1</source>
        <translation>退出码 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>LoanDesk — Alerts</source>
        <translation>LoanDesk — 告警</translation>
    </message>
</context>
<context>
    <name>loandesk::AlertLogModel</name>
    <message>
        <location filename="../../ui/alertdelivery/alertlogmodel.cpp" line="+54"/>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>loandesk::AlertLogView</name>
    <message>
        <location filename="../../ui/alertdelivery/alertlogview.cpp" line="+22"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Optional note, e.g. &quot;called the credit desk&quot;</source>
        <translation>备注（可选），例如“已致电信贷部门”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement note</source>
        <translation>确认备注</translation>
    </message>
</context>
<context>
    <name>loandesk::AlertsPage</name>
    <message>
        <location filename="../../ui/preferences/alertspage.cpp" line="+39"/>
        <source>Alert when the exchange&apos;s LTV and LoanDesk&apos;s differ</source>
        <translation>交易所的 LTV 与 LoanDesk 计算值不一致时告警</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mute sounds (critical alerts always sound)</source>
        <translation>静音（严重告警始终发声）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. /usr/local/bin/page-oncall --desk treasury</source>
        <translation>例如 /usr/local/bin/page-oncall --desk treasury</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-arm &amp;below trigger by:</source>
        <translation>回落到触发线以下多少后重新启用(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation &amp;imminent at liquidation −</source>
        <translation>“即将强制平仓”触发于强制平仓线 −(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Above margin call, alert every further &amp;rise of</source>
        <translation>高于追加保证金线后，每继续上升(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cooldown per level:</source>
        <translation>每级冷却时间(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert when no data for:</source>
        <translation>无数据持续多久后告警：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run &amp;command:</source>
        <translation>运行命令(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the command after:</source>
        <translation>命令超时终止：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command receives each alert as one JSON object on its standard input. Sounds: one bell for notices, two for warnings, three for critical alerts (the system bell).</source>
        <translation>命令通过标准输入接收每条告警，每条为一个 JSON 对象。提示音（系统铃声）：通知响一声，警告响两声，严重告警响三声。</translation>
    </message>
</context>
<context>
    <name>loandesk::AppearancePage</name>
    <message>
        <location filename="../../ui/preferences/appearancepage.cpp" line="+17"/>
        <source>Show alerts as desktop notifications</source>
        <translation>以桌面通知显示告警</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Times in:</source>
        <translation>时间显示(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF &amp;reports in:</source>
        <translation>PDF 报告语言(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new language applies the next time LoanDesk starts; the theme and time zone apply at once.</source>
        <translation>界面语言在下次启动 LoanDesk 时生效；主题和时区立即生效。</translation>
    </message>
</context>
<context>
    <name>loandesk::AssetShockModel</name>
    <message>
        <location filename="../../app/models/assetshockmodel.cpp" line="+185"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price now</source>
        <translation>当前价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shocked price</source>
        <translation>冲击后价格</translation>
    </message>
</context>
<context>
    <name>loandesk::AuditLogModel</name>
    <message>
        <location filename="../../app/actions/auditlogmodel.cpp" line="+112"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>币种</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>申请金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual</source>
        <translation>实际金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repay from</source>
        <translation>还款来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projected LTV</source>
        <translation>预计 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transaction</source>
        <translation>交易 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS user</source>
        <translation>系统用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Second operator</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intent</source>
        <translation>意图 ID</translation>
    </message>
</context>
<context>
    <name>loandesk::BandsPage</name>
    <message>
        <location filename="../../ui/preferences/bandspage.cpp" line="+36"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Initial</source>
        <translation>初始 LTV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Margin call</source>
        <translation>追加保证金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Liquidation</source>
        <translation>强制平仓</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The exchange publishes no thresholds: enter the ones in each unit&apos;s credit agreement. Units not listed use 0.75 / 0.80 / 0.90 / 1.00.</source>
        <translation>交易所不公布阈值：请填写各风险单位授信协议中的数值。未列出的风险单位使用 0.75 / 0.80 / 0.90 / 1.00。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add unit</source>
        <translation>添加风险单位(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit %1</source>
        <translation>风险单位 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::BorrowDialog</name>
    <message>
        <location filename="../../ui/borrowrepay/borrowdialog.cpp" line="+27"/>
        <source>Borrow</source>
        <translation>借款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 250000.5</source>
        <translation>例如 250000.5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk unit:</source>
        <translation>风险单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Borrowed funds land in the credit account&apos;s margin wallet.</source>
        <translation>借入的资金将进入放贷账户的杠杆钱包。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Max: fetching…</source>
        <translation>最大可借：获取中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Max: unavailable</source>
        <translation>最大可借：不可用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max: %1 %2</source>
        <translation>最大可借：%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max borrowable as of %1, from the exchange.</source>
        <translation>交易所提供的最大可借额度，截至 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max: none reported</source>
        <translation>最大可借：交易所未报告</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting for the exchange&apos;s max borrowable amount.</source>
        <translation>正在等待交易所返回最大可借额度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount exceeds the max borrowable %1 %2.</source>
        <translation>金额超过最大可借额度 %1 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Borrow %1 %2 for risk unit %3</source>
        <translation>为风险单位 %3 借款 %1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>LTV %1 → %2. The request is sent once and never retried automatically.</source>
        <translation>LTV %1 → %2。请求只发送一次，绝不自动重试。</translation>
    </message>
</context>
<context>
    <name>loandesk::BorrowRepayRecordsModel</name>
    <message>
        <location filename="../../app/models/borrowrepayrecordsmodel.cpp" line="+40"/>
        <source>Borrow</source>
        <translation>借款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repay</source>
        <translation>还款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced repay (liquidation)</source>
        <translation>强制还款（强制平仓）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralAssetsModel</name>
    <message>
        <location filename="../../app/models/collateralassetsmodel.cpp" line="+127"/>
        <source>Collateral by asset: not read yet</source>
        <translation>按资产划分的抵押品：尚未读取</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Composition complete: every wallet with equity is valued asset by asset</source>
        <translation>构成完整：每个有资产的钱包都已按资产估值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Composition partial: %1 of %2 wallets not valued</source>
        <translation>构成不完整：%2 个钱包中有 %1 个未估值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Composition unavailable: %1</source>
        <translation>构成不可用：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: disagrees with ltv-details (composed %2 USD, ltv-details %3 USD); its figures stay those of ltv-details</source>
        <translation>%1：与 ltv-details 不一致（按资产合计 %2 USD，ltv-details %3 USD）；其数字仍采用 ltv-details</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: not valued (%2); counted at its ltv-details equity, as shown under Collateral accounts</source>
        <translation>%1：未估值（%2）；按其 ltv-details 净资产计算，见“抵押账户”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collateral value %1 USD · stablecoins %2</source>
        <translation>抵押价值 %1 USD · 稳定币 %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Effective collateral ratio of %1: collateral value ÷ value, after the exchange&apos;s tiered haircuts</source>
        <translation>%1 的有效抵押率：抵押价值 ÷ 价值，已计入交易所的分档折扣</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Share of the unit&apos;s collateral value</source>
        <translation>占该风险单位抵押价值的比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the member&apos;s collateral value</source>
        <translation>占该成员抵押价值的比例</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price (USD)</source>
        <translation>价格（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value (USD)</source>
        <translation>价值（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collateral ratio</source>
        <translation>抵押率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collateral value (USD)</source>
        <translation>抵押价值（USD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralAssetsPanel</name>
    <message>
        <location filename="../../ui/panels/collateralassetspanel.cpp" line="+41"/>
        <source>Whole unit</source>
        <translation>整个风险单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per member</source>
        <translation>按成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show collateral for the whole unit or per member</source>
        <translation>显示整个风险单位或按成员的抵押品</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Collateral by asset</source>
        <translation>按资产划分的抵押品</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralPanel</name>
    <message>
        <location filename="../../ui/panels/collateralpanel.cpp" line="+37"/>
        <source>Collateral accounts and wallets</source>
        <translation>抵押账户与钱包</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralShareChart</name>
    <message>
        <location filename="../../ui/charts/collateralsharechart.cpp" line="+49"/>
        <source>Share of net equity by account</source>
        <translation>各账户净资产占比</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>No risk unit selected</source>
        <translation>未选择风险单位</translation>
    </message>
    <message numerus="yes">
        <location line="-74"/>
        <source>%n others</source>
        <translation>
            <numerusform>其他 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Collateral account</source>
        <translation>抵押账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Credit account</source>
        <translation>放贷账户</translation>
    </message>
    <message>
        <location line="-2"/>
        <source> (credit)</source>
        <translation>（放贷）</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralSnapshot</name>
    <message>
        <location filename="../../app/report/collateralsnapshot.cpp" line="+38"/>
        <source>the composition was not read</source>
        <translation>未读取到构成</translation>
    </message>
</context>
<context>
    <name>loandesk::CollateralTreeModel</name>
    <message>
        <location filename="../../app/models/collateraltreemodel.cpp" line="+215"/>
        <source>Account / wallet</source>
        <translation>账户 / 钱包</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net equity</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Maint. margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
</context>
<context>
    <name>loandesk::CompositionPoller</name>
    <message>
        <location filename="../../app/monitor/compositionpoller.cpp" line="+131"/>
        <source>the Cross Margin collateral ratios could not be read: %1</source>
        <translation>无法读取全仓杠杆抵押率：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the Portfolio Margin collateral rates could not be read: %1</source>
        <translation>无法读取统一账户抵押率：%1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no read-only key for Portfolio Margin member %1: the exchange shows its balances only to its own key (add one in the profile)</source>
        <translation>统一账户成员 %1 没有只读密钥：交易所只向其自己的密钥显示余额（请在配置文件中添加）</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>not read yet: the exchange&apos;s request budget is in use by the LTV polling</source>
        <translation>尚未读取：交易所的请求额度正被 LTV 轮询使用</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+164"/>
        <source>composition unavailable: %1</source>
        <translation>构成不可用：%1</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>the exchange refused the read-only key of Portfolio Margin member %1 (%2)</source>
        <translation>交易所拒绝了统一账户成员 %1 的只读密钥（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the monitoring key may not read sub-account wallets; only the parent account&apos;s key can (%1)</source>
        <translation>监控密钥无权读取子账户钱包；只有母账户的密钥可以（%1）</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>prices could not be read: %1</source>
        <translation>无法读取价格：%1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the key is not allowed to (exchange code%1: %2)</source>
        <translation>该密钥无此权限（交易所代码%1：%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret does not match the key</source>
        <translation>密钥与 API Key 不匹配</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the exchange could not be reached</source>
        <translation>无法连接交易所</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the exchange is limiting requests</source>
        <translation>交易所正在限制请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exchange reported an internal error</source>
        <translation>交易所报告了内部错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exchange&apos;s answer could not be read (%1)</source>
        <translation>无法读取交易所的回复（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer&apos;s clock is out of step with the exchange</source>
        <translation>本机时钟与交易所不同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the exchange refused the request (code%1: %2)</source>
        <translation>交易所拒绝了请求（代码%1：%2）</translation>
    </message>
</context>
<context>
    <name>loandesk::ConfirmPage</name>
    <message>
        <location filename="../../ui/borrowrepay/confirmpage.cpp" line="+21"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 返回(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit to the exchange</source>
        <translation>提交到交易所(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Sent; waiting for the exchange…</source>
        <translation>已发送，正在等待交易所答复…</translation>
    </message>
</context>
<context>
    <name>loandesk::ConnectDialog</name>
    <message>
        <location filename="../../ui/shell/connectdialog.cpp" line="+17"/>
        <source>Connect an account</source>
        <translation>连接账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange base URL</source>
        <translation>交易所 API 基础 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API secret</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange &amp;URL:</source>
        <translation>交易所 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API Key(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;secret:</source>
        <translation>Secret Key(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the parent account&apos;s key to monitor every risk unit. The secret is kept in memory for this session only.</source>
        <translation>使用母账户的 API Key 可监控所有风险单位。Secret Key 仅在本次会话期间保存在内存中。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The URL must start with https:// (plain http only to this computer).</source>
        <translation>URL 必须以 https:// 开头（明文 http 仅限本机地址）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter both the API key and its secret.</source>
        <translation>请同时输入 API Key 和对应的 Secret Key。</translation>
    </message>
</context>
<context>
    <name>loandesk::ConnectionPage</name>
    <message>
        <location filename="../../ui/preferences/connectionpage.cpp" line="+31"/>
        <source>Read-only: monitor only, never borrow or repay</source>
        <translation>只读：仅监控，不借款也不还款</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>stored in the keychain — type only to replace it</source>
        <translation>已保存在系统密钥环中 — 仅在需要替换时输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HMAC-SHA256 (secret key)</source>
        <translation>HMAC-SHA256（Secret Key）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ed25519 (private key PEM)</source>
        <translation>Ed25519（PEM 私钥）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System settings</source>
        <translation>系统设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SOCKS5</source>
        <translation>SOCKS5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit API key</source>
        <translation>API Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Secret</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Portfolio Margin member (email)</source>
        <translation>统一账户成员（邮箱）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only API key</source>
        <translation>只读 API 密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The exchange shows a Portfolio Margin sub-account&apos;s assets only to that sub-account&apos;s own key. Without one, its wallet counts as a whole in the collateral by asset.</source>
        <translation>交易所只向统一账户子账户自己的密钥显示其资产。没有该密钥时，其钱包在按资产划分的抵押品中按整体计算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exchange base URL</source>
        <translation>交易所 API 基础 URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent API key</source>
        <translation>母账户 API Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent API secret</source>
        <translation>母账户 Secret Key</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add credit &amp;key</source>
        <translation>添加放贷账户 API Key(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;member key</source>
        <translation>添加成员密钥(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange &amp;URL:</source>
        <translation>交易所 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent API &amp;key:</source>
        <translation>母账户 API Key(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>Secret Key(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;type:</source>
        <translation>密钥类型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit keys:</source>
        <translation>放贷账户 API Key：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PM member keys:</source>
        <translation>统一账户成员密钥：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxy:</source>
        <translation>代理：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent key monitors every risk unit. Borrowing, repaying and the records need each unit&apos;s credit key; without it the unit is monitored read-only. Secrets are kept in the system keychain, never in LoanDesk&apos;s files.</source>
        <translation>母账户 API Key 用于监控所有风险单位。借款、还款及查询记录需要各风险单位的放贷账户 API Key；没有它，该风险单位仅以只读方式监控。Secret Key 保存在系统密钥环中，绝不写入 LoanDesk 的文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enable borrowing and repaying?</source>
        <translation>启用借款和还款？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With trading enabled, LoanDesk can borrow and repay with this profile&apos;s credit keys. Every action still asks for confirmation. Enable it?</source>
        <translation>启用交易后，LoanDesk 可以使用此配置档案的放贷账户 API Key 借款和还款。每次操作仍需确认。是否启用？</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+12"/>
        <source>secret</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+12"/>
        <source>in keychain</source>
        <translation>在密钥环中</translation>
    </message>
</context>
<context>
    <name>loandesk::DashboardWidget</name>
    <message>
        <location filename="../../ui/panels/dashboardwidget.cpp" line="+66"/>
        <source>Risk units</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of net equity</source>
        <translation>净资产占比</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loan-to-value</source>
        <translation>贷款价值比（LTV）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Distance to bands</source>
        <translation>距各 LTV 区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collateral accounts</source>
        <translation>抵押账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collateral by asset</source>
        <translation>按资产划分的抵押品</translation>
    </message>
</context>
<context>
    <name>loandesk::DeskOpener</name>
    <message>
        <location filename="../../ui/shell/deskopener.cpp" line="+48"/>
        <location line="+46"/>
        <source>Profile not connected</source>
        <translation>配置档案未连接</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Another LoanDesk is already open with &quot;%1&quot;. Only one LoanDesk may use a profile at a time: switch to that window, or close it and start again.</source>
        <translation>另一个 LoanDesk 已打开“%1”。同一配置档案同一时间只能由一个 LoanDesk 使用：请切换到那个窗口，或将其关闭后重新启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It runs as process %1 on %2.</source>
        <translation>它在 %2 上以进程 %1 运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoanDesk could not lock &quot;%1&quot; for this run (%2), so it cannot rule out that another LoanDesk is using it.</source>
        <translation>LoanDesk 无法为本次运行锁定“%1”（%2），因此不能排除另一个 LoanDesk 正在使用它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LoanDesk is already open</source>
        <translation>LoanDesk 已在运行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LoanDesk not started</source>
        <translation>LoanDesk 未启动</translation>
    </message>
</context>
<context>
    <name>loandesk::DistancePanel</name>
    <message>
        <location filename="../../ui/panels/distancepanel.cpp" line="+68"/>
        <source>Distance to LTV bands</source>
        <translation>距各 LTV 区间的距离</translation>
    </message>
    <message>
        <location line="+121"/>
        <location line="+124"/>
        <source>Collateral fall that reaches each band</source>
        <translation>抵押品下跌多少会触及各区间</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Threshold LTV from the credit agreement</source>
        <translation>授信协议规定的 LTV 阈值</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Repay to reach a target LTV</source>
        <translation>还款至目标 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target LTV</source>
        <translation>目标 LTV</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Target LTV in percent</source>
        <translation>目标 LTV（百分比）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Asset to add as collateral</source>
        <translation>作为抵押品追加的资产</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>If collateral falls</source>
        <translation>若抵押品下跌</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Price that reaches each band, one asset alone</source>
        <translation>仅单一资产变动时达到各区间的价格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset whose trigger prices are shown</source>
        <translation>显示其触发价格的资产</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>All non-stable</source>
        <translation>所有非稳定币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every non-stable asset falling by the same percentage, stablecoins held</source>
        <translation>所有非稳定币按相同百分比下跌，稳定币不变</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>LTV is undefined: net equity does not exceed maintenance margin, so any further fall in collateral leaves the unit at risk of liquidation.</source>
        <translation>LTV 无法计算：净资产不高于维持保证金，抵押品再有任何下跌，该风险单位都面临强制平仓风险。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Uniform fall of all collateral (covers the wallets not valued)</source>
        <translation>全部抵押品统一下跌（适用于未估值的钱包）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. The falls below assume every asset falls by the same percentage, stablecoins included.</source>
        <translation>%1。以下跌幅假设所有资产（包括稳定币）按相同百分比下跌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: trigger prices hold them at their ltv-details equity.</source>
        <translation>%1：触发价格按其 ltv-details 净资产保持不变。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No non-stable asset held: prices cannot move the LTV</source>
        <translation>未持有非稳定币：价格无法改变 LTV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not reachable</source>
        <translation>无法达到</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Past the warning level</source>
        <translation>已超过预警线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past initial LTV: borrowing blocked</source>
        <translation>已超过初始 LTV：无法借款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past margin call</source>
        <translation>已超过追加保证金线</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past liquidation</source>
        <translation>已超过强制平仓线</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1: cannot be computed, LTV undefined</source>
        <translation>%1：LTV 无法计算，无法得出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 if collateral falls %2</source>
        <translation>抵押品下跌 %2 即触及%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a risk unit to see the repayment needed.</source>
        <translation>选择一个风险单位以查看所需还款额。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repaying alone cannot bring LTV to %1.</source>
        <translation>仅靠还款无法使 LTV 降至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV is already at or below %1; no repayment needed.</source>
        <translation>LTV 已不高于 %1，无需还款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repay %1 %2 to return to %3 LTV.</source>
        <translation>还款 %1 %2 可使 LTV 回到 %3。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Adding collateral: needs the unit&apos;s collateral by asset, which is unavailable.</source>
        <translation>追加抵押品：需要该风险单位按资产划分的抵押品，目前不可用。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Adding %1 cannot bring LTV to %2.</source>
        <translation>追加 %1 无法使 LTV 降至 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No collateral needs adding to stay at or below %1.</source>
        <translation>无需追加抵押品即可保持在 %1 或以下。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or add %1 %2 to the credit account&apos;s spot wallet.</source>
        <translation>或向借款账户的现货钱包追加 %1 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Collateral −%1</source>
        <translation>抵押品 −%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Non-stable assets −%1 → LTV %2 · %3</source>
        <translation>非稳定币 −%1 → LTV %2 · %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral −%1 → LTV %2 · %3</source>
        <translation>抵押品 −%1 → LTV %2 · %3</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>undefined</source>
        <translation>无法计算</translation>
    </message>
</context>
<context>
    <name>loandesk::EquityLiabilityChart</name>
    <message>
        <location filename="../../ui/charts/equityliabilitychart.cpp" line="+15"/>
        <source>Net equity and liability history</source>
        <translation>净资产与负债历史</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Net equity</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Net equity %1
Liability %2
LTV %3</source>
        <translation>净资产 %1
负债 %2
LTV %3</translation>
    </message>
</context>
<context>
    <name>loandesk::ExactCopy</name>
    <message>
        <location filename="../../ui/common/exactcopy.cpp" line="+44"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>loandesk::FeedBanner</name>
    <message>
        <location filename="../../ui/panels/feedbanner.cpp" line="+57"/>
        <source>Feed status</source>
        <translation>数据源状态</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No data has been received yet.</source>
        <translation>尚未收到任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing data as of %1, %2 ago.</source>
        <translation>显示截至 %1 的数据（%2前）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The exchange has banned this IP address for too many requests: polling paused until %1.</source>
        <translation>由于请求过多，交易所已封禁此 IP 地址：轮询暂停至 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rate limit reached: polling paused until %1.</source>
        <translation>已达访问频率限制：轮询暂停至 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Polling resumes in %1.</source>
        <translation>%1后恢复轮询。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data is stale.</source>
        <translation>数据已过期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the API key and settings of this profile.</source>
        <translation>请检查此配置档案的 API Key 和设置。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Retrying…</source>
        <translation>正在重试…</translation>
    </message>
</context>
<context>
    <name>loandesk::HeadlessSnapshot</name>
    <message>
        <location filename="../../ui/shell/headlesssnapshot.cpp" line="+65"/>
        <source>the composition was not read within %1 s</source>
        <translation>未能在 %1 秒内读取构成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>risk unit %1 is not visible to this API key</source>
        <translation>此 API Key 无法查看风险单位 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this API key sees no risk units</source>
        <translation>此 API Key 看不到任何风险单位</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <location line="+5"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::HistoryChartView</name>
    <message>
        <location filename="../../ui/charts/historychartview.cpp" line="+56"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undefined</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Borrowed %1 at %2 (transaction %3)</source>
        <translation>%2 借款 %1（交易 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repaid %1 at %2 (transaction %3)</source>
        <translation>%2 还款 %1（交易 %3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forced repayment of %1 at %2 (transaction %3)</source>
        <translation>%2 强制还款 %1（交易 %3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest charged: %1 at %2</source>
        <translation>%2 收取利息：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forced liquidation from %1 to %2: liability %3, LTV %4 at the start</source>
        <translation>强制平仓，%1 至 %2：负债 %3，开始时 LTV %4</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>No data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Band changed: %1 → %2</source>
        <translation>区间变化：%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data (LoanDesk was not polling)</source>
        <translation>无数据（LoanDesk 当时未在轮询）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock went back</source>
        <translation>本机时钟被回拨</translation>
    </message>
</context>
<context>
    <name>loandesk::HistoryPage</name>
    <message>
        <location filename="../../ui/preferences/historypage.cpp" line="+16"/>
        <source>Keep everything</source>
        <translation>全部保留</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep LTV history for:</source>
        <translation>LTV 历史保留(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older samples are deleted from this computer&apos;s history file once an hour. Events (borrows, repays, interest, liquidations, band crossings) are kept whatever their age, and the audit trail is never trimmed. A shared team database is not trimmed by LoanDesk.</source>
        <translation>更早的样本每小时从本机的历史文件中删除一次。事件（借款、还款、利息、强制平仓、区间穿越）无论多久都会保留，审计日志从不删减。LoanDesk 不会删减共享的团队数据库。</translation>
    </message>
</context>
<context>
    <name>loandesk::HistoryPanel</name>
    <message>
        <location filename="../../ui/charts/historypanel.cpp" line="+41"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>7 d</source>
        <translation>7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>30 d</source>
        <translation>30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net equity and liability</source>
        <translation>净资产与负债</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral by member</source>
        <translation>各成员抵押品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset:</source>
        <translation>资产：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trigger prices</source>
        <translation>触发价格</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>History: opening…</source>
        <translation>历史记录：正在打开…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording to the team database</source>
        <translation>正在记录到团队数据库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording history on this computer</source>
        <translation>正在本机记录历史</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The history file was damaged and set aside (%1); recording into a new one</source>
        <translation>历史文件已损坏并被移到一旁（%1），正在记录到新文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The history was written by a newer LoanDesk; not recording (file left as is)</source>
        <translation>历史记录由更新版本的 LoanDesk 写入；不再记录（文件保持原样）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History is not being recorded: %1</source>
        <translation>未在记录历史：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not record the last sample: %1</source>
        <translation>无法记录最近一次采样：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team database unavailable; recording on this computer until it is back</source>
        <translation>团队数据库不可用，恢复前先在本机记录</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Export history as CSV</source>
        <translation>将历史导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>History exported to %1</source>
        <translation>历史已导出到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
</context>
<context>
    <name>loandesk::InterestHistoryModel</name>
    <message>
        <location filename="../../app/models/interesthistorymodel.cpp" line="+19"/>
        <source>Charged at</source>
        <translation>计息时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Principal</source>
        <translation>本金</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hourly rate</source>
        <translation>小时利率</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
</context>
<context>
    <name>loandesk::KeyFiguresModel</name>
    <message>
        <location filename="../../app/models/keyfiguresmodel.cpp" line="+46"/>
        <source>Total net equity</source>
        <translation>总净资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total liability</source>
        <translation>总负债</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 principal</source>
        <translation>%1 本金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interest</source>
        <translation>%1 利息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Max allowed borrow limit</source>
        <translation>最大允许借款额度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max transfer-out</source>
        <translation>最大可转出金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent frozen amount</source>
        <translation>母账户冻结金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV reported by exchange</source>
        <translation>交易所报告的 LTV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV computed by LoanDesk</source>
        <translation>LoanDesk 计算的 LTV</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: %2 (received %3)</source>
        <translation>%1：%2（接收时间 %3）</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+34"/>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
</context>
<context>
    <name>loandesk::KeyFiguresPanel</name>
    <message>
        <location filename="../../ui/panels/keyfigurespanel.cpp" line="+38"/>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
</context>
<context>
    <name>loandesk::Launcher</name>
    <message>
        <location filename="../../ui/shell/launcher.cpp" line="+68"/>
        <source>no credentials: set LOANDESK_API_KEY and LOANDESK_API_SECRET, or use --demo</source>
        <translation>没有凭据：请设置 LOANDESK_API_KEY 和 LOANDESK_API_SECRET，或使用 --demo</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot load scenario %1: %2</source>
        <translation>无法加载场景 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the simulated exchange did not start: %1</source>
        <translation>模拟交易所未能启动：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the demo scenario has no parent account</source>
        <translation>演示场景中没有母账户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>demo</source>
        <translation>演示</translation>
    </message>
</context>
<context>
    <name>loandesk::LimitsPage</name>
    <message>
        <location filename="../../ui/preferences/limitspage.cpp" line="+26"/>
        <source>Require a &amp;second operator from:</source>
        <translation>金额达到以下数额时需复核人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the amount &amp;twice above:</source>
        <translation>金额超过以下数额时须输入两次(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts are in the asset borrowed or repaid (USDT or USDC). Above the first amount a borrow or repay must be typed a second time. From the second amount on, a colleague registered under Operators confirms it with their own PIN before it is sent; both names go into the audit log.</source>
        <translation>金额以借入或偿还的资产计（USDT 或 USDC）。超过第一个数额时，借款或还款金额须再输入一次。达到第二个数额及以上时，须由在“复核人”页登记的同事以其本人 PIN 确认后才会发送；两人的姓名都会记入审计日志。</translation>
    </message>
</context>
<context>
    <name>loandesk::LiquidationRecordsModel</name>
    <message>
        <location filename="../../app/models/liquidationrecordsmodel.cpp" line="+24"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV at start</source>
        <translation>开始时 LTV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LTV at end</source>
        <translation>结束时 LTV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net equity</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maint. margin</source>
        <translation>维持保证金</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Liability</source>
        <translation>负债</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Principal + interest</source>
        <translation>本金 + 利息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 + %3</source>
        <translation>%1 %2 + %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Snapshot at the start of the liquidation:</source>
        <translation>强制平仓开始时的快照：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2, %3): net equity %4, maint. margin %5</source>
        <translation>%1（%2，%3）：净资产 %4，维持保证金 %5</translation>
    </message>
</context>
<context>
    <name>loandesk::LiquidationTransfersModel</name>
    <message>
        <location filename="../../app/models/liquidationtransfersmodel.cpp" line="+36"/>
        <source>Liquidation</source>
        <translation>强制平仓编号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From UID</source>
        <translation>转出 UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From wallet</source>
        <translation>转出钱包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To UID</source>
        <translation>转入 UID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To wallet</source>
        <translation>转入钱包</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
</context>
<context>
    <name>loandesk::LtvGaugeWidget</name>
    <message>
        <location filename="../../ui/panels/ltvgaugewidget.cpp" line="+44"/>
        <source>LTV gauge</source>
        <translation>LTV 仪表</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>LTV %1, %2. %3</source>
        <translation>LTV %1，%2。%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+255"/>
        <source>No risk unit selected</source>
        <translation>未选择风险单位</translation>
    </message>
    <message>
        <location line="-239"/>
        <source>Undefined</source>
        <translation>无法计算</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Below the warning level (%1)</source>
        <translation>低于预警线（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At or above the warning level (%1), below initial LTV (%2)</source>
        <translation>达到或高于预警线（%1），低于初始 LTV（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Above initial LTV (%1): new borrowing is blocked</source>
        <translation>高于初始 LTV（%1）：无法新增借款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At or above margin call (%1): add collateral or repay</source>
        <translation>达到或高于追加保证金线（%1）：请追加抵押品或还款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At or above the liquidation level (%1)</source>
        <translation>达到或高于强制平仓线（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undefined — no equity above maintenance margin</source>
        <translation>无法计算 — 净资产不高于维持保证金</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>⚠ exchange reports %1</source>
        <translation>⚠ 交易所报告 %1</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Exchange time %1 · received %2</source>
        <translation>交易所时间 %1 · 接收时间 %2</translation>
    </message>
</context>
<context>
    <name>loandesk::LtvHistoryChart</name>
    <message>
        <location filename="../../ui/charts/ltvhistorychart.cpp" line="+18"/>
        <source>LTV history</source>
        <translation>LTV 历史</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>LTV %1 (%2 – %3 in this interval)</source>
        <translation>LTV %1（此区间内 %2 – %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LTV %1</source>
        <translation>LTV %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net equity %1</source>
        <translation>净资产 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liability %1</source>
        <translation>负债 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::MainWindow</name>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="+51"/>
        <source>LoanDesk — %1</source>
        <translation>LoanDesk — %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No keychain service is running: secrets entered now are kept in memory for this run only.</source>
        <translation>没有正在运行的密钥环服务：现在输入的 Secret Key 仅在本次运行期间保存在内存中。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loan records not updated: %1</source>
        <translation>贷款记录未更新：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LTV history</source>
        <translation>LTV 历史</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save snapshot…</source>
        <translation>保存快照(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy snapshot</source>
        <translation>复制快照(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF report…</source>
        <translation>导出 PDF 报告(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh now</source>
        <translation>立即刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A poll is already running or polling is paused.</source>
        <translation>已有一次轮询正在进行，或轮询已暂停。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;cords…</source>
        <translation>记录(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mask sub-account emails</source>
        <translation>隐去子账户邮箱(&amp;M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time zone</source>
        <translation>时区(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About LoanDesk</source>
        <translation>关于 LoanDesk(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About LoanDesk</source>
        <translation>关于 LoanDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoanDesk %1
Treasury dashboard for Binance Institutional Loan.</source>
        <translation>LoanDesk %1
币安机构借贷资金管理看板。</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+20"/>
        <source>Setting not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Save snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot not saved</source>
        <translation>快照未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Snapshot saved to %1</source>
        <translation>快照已保存到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapshot copied to the clipboard</source>
        <translation>快照已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PDF report</source>
        <translation>导出 PDF 报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report not saved</source>
        <translation>报告未保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::MemberCollateralChart</name>
    <message>
        <location filename="../../ui/charts/membercollateralchart.cpp" line="+17"/>
        <source>Collateral by member</source>
        <translation>各成员抵押品</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Net equity</source>
        <translation>净资产</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::OperatorsPage</name>
    <message>
        <location filename="../../ui/preferences/operatorspage.cpp" line="+23"/>
        <source>&amp;Add operator</source>
        <translation>添加复核人(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change PIN</source>
        <translation>更改 PIN(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change &amp;logins</source>
        <translation>修改登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>only to change a PIN or the logins</source>
        <translation>仅在修改 PIN 或登录名时填写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. %1, treasury-desk</source>
        <translation>例如 %1, treasury-desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The OS logins this person uses on this desk, separated by commas. A login several operators list is shared: LoanDesk then asks who is at the keyboard.</source>
        <translation>此人在本机使用的系统登录名，以逗号分隔。多名操作人登记的同一登录名为共用登录名：届时 LoanDesk 会询问当前操作人是谁。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At or above the profile&apos;s four-eyes amount, a borrow or repay needs two registered people: the one at the keyboard, known by their OS login, and a second operator with their own PIN. LoanDesk keeps only a salted hash of each PIN.</source>
        <translation>金额达到配置档案规定的复核金额及以上时，借款或还款需要两名已登记的人员：当前操作人（按其系统登录名识别），以及以其本人 PIN 确认的复核人。LoanDesk 只保存每个 PIN 的加盐哈希值。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS l&amp;ogins:</source>
        <translation>系统登录名(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrent PIN:</source>
        <translation>当前 PIN(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;PIN:</source>
        <translation>新 PIN(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New PIN a&amp;gain:</source>
        <translation>再次输入新 PIN(&amp;G)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no login yet</source>
        <translation>尚无登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 不一致。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter the operator&apos;s name.</source>
        <translation>请输入复核人的姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already registered.</source>
        <translation>%1 已登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not registered.</source>
        <translation>%1 未登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN has %1 to %2 characters and no spaces at either end.</source>
        <translation>PIN 须为 %1 至 %2 个字符，且首尾不能有空格。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The current PIN is not correct.</source>
        <translation>当前 PIN 不正确。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the OS login(s) this operator uses on this desk.</source>
        <translation>请输入该操作人在本机使用的系统登录名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added. Save to keep the change.</source>
        <translation>已添加 %1。请保存以保留更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PIN of %1 changed. Save to keep the change.</source>
        <translation>%1 的 PIN 已更改。请保存以保留更改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Logins of %1 changed. Save to keep the change.</source>
        <translation>%1 的登录名已更改。请保存以保留更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 removed. Save to keep the change.</source>
        <translation>已移除 %1。请保存以保留更改。</translation>
    </message>
</context>
<context>
    <name>loandesk::PollingPage</name>
    <message>
        <location filename="../../ui/preferences/pollingpage.cpp" line="+16"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Poll LTV &amp;every:</source>
        <translation>LTV 轮询间隔(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each poll of every risk unit costs 200 of the exchange&apos;s 12 000 weight per minute; 2 s is the fastest LoanDesk allows. Data older than three intervals is shown as stale.</source>
        <translation>每次轮询所有风险单位会消耗交易所每分钟 12 000 请求权重中的 200；LoanDesk 允许的最短间隔为 2 秒。超过三个间隔的数据显示为已过期。</translation>
    </message>
</context>
<context>
    <name>loandesk::RecordsTab</name>
    <message>
        <location filename="../../ui/records/recordstab.cpp" line="+25"/>
        <source>&amp;Previous page</source>
        <translation>上一页(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt page</source>
        <translation>下一页(&amp;X)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous page (Alt+Page Up)</source>
        <translation>上一页（Alt+Page Up）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page (Alt+Page Down)</source>
        <translation>下一页（Alt+Page Down）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Page %1 of %2 · %3</source>
        <translation>第 %1 页，共 %2 页 · %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not refresh: %1 Showing the page fetched at %2 (stale).</source>
        <translation>无法刷新：%1 当前显示的是 %2 获取的页面（已过期）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not load the records: %1</source>
        <translation>无法加载记录：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No records in this range (fetched at %1).</source>
        <translation>此时间范围内没有记录（获取于 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetched at %1.</source>
        <translation>获取于 %1。</translation>
    </message>
</context>
<context>
    <name>loandesk::RecordsWindow</name>
    <message>
        <location filename="../../ui/records/recordswindow.cpp" line="+65"/>
        <source>Records — borrow/repay, interest, liquidations</source>
        <translation>记录 — 借款/还款、利息、强制平仓</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n liquidation(s)</source>
        <translation>
            <numerusform>%n 次强制平仓</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Borrow / repay</source>
        <translation>借款 / 还款(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interest</source>
        <translation>利息(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Liquidations</source>
        <translation>强制平仓(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidation &amp;transfers</source>
        <translation>强制平仓划转(&amp;T)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;all pages…</source>
        <translation>导出全部页面(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export every page of this tab as CSV</source>
        <translation>将本标签页的全部页面导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads every page of this tab&apos;s range from the exchange (100 rows a request) and writes them to one CSV file.</source>
        <translation>从交易所读取本标签页时间范围内的全部页面（每次请求 100 行），写入同一个 CSV 文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refresh the records</source>
        <translation>刷新记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the page on show as CSV</source>
        <translation>将当前显示的页面导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports the rows on show (this page of this tab).</source>
        <translation>导出当前显示的行（本标签页的当前页）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporting: reading page %1 of %2…</source>
        <translation>正在导出：读取第 %1 页，共 %2 页…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting: reading page %1…</source>
        <translation>正在导出：读取第 %1 页…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Records need the credit account&apos;s API key of a risk unit; this profile has none. Add one in Settings → Profile.</source>
        <translation>查看记录需要风险单位的放贷账户 API Key；此配置档案中没有。请在“设置 → 配置档案”中添加。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Risk &amp;unit:</source>
        <translation>风险单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;o:</source>
        <translation>至(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows per pa&amp;ge:</source>
        <translation>每页行数(&amp;G)：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows per page</source>
        <translation>每页行数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(dates in %1)</source>
        <translation>（日期按 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Borrows or repays</source>
        <translation>借款或还款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Borrows</source>
        <translation>借款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repays (normal and forced)</source>
        <translation>还款（普通与强制）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Asset</source>
        <translation>资产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All assets</source>
        <translation>全部资产</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Asset:</source>
        <translation>资产(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange looks back at most 7 days before the end date, or 30 days when one asset is chosen.</source>
        <translation>交易所最多回溯结束日期前 7 天；选择单一资产时最多 30 天。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The start date is after the end date.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The exchange serves at most %1 days at a time; choose a shorter range.</source>
        <translation>交易所每次最多提供 %1 天的记录，请选择更短的时间范围。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Export records</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Export failed; nothing was written: %1</source>
        <translation>导出失败，未写入任何内容：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New records kept arriving while the pages were read; nothing was written. Try again.</source>
        <translation>读取页面期间不断有新记录产生，未写入任何内容。请重试。</translation>
    </message>
    <message>
        <location line="-211"/>
        <location line="+204"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <location line="+21"/>
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>loandesk::RepayDialog</name>
    <message>
        <location filename="../../ui/borrowrepay/repaydialog.cpp" line="+27"/>
        <source>Repay &amp;all</source>
        <translation>全部还款(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Use this amount</source>
        <translation>使用此金额(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repay</source>
        <translation>还款</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asset to add as collateral</source>
        <translation>作为抵押品追加的资产</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit account&apos;s margin wallet</source>
        <translation>放贷账户的杠杆钱包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit account&apos;s spot wallet</source>
        <translation>放贷账户的现货钱包</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target LTV for the repay amount</source>
        <translation>还款金额对应的目标 LTV</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Risk unit:</source>
        <translation>风险单位：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asset:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed:</source>
        <translation>欠款：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repay from:</source>
        <translation>还款来源：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach LTV:</source>
        <translation>目标 LTV：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or add collateral:</source>
        <translation>或追加抵押品：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The exchange repays the smaller of the amount requested and the balance available in the chosen wallet, interest first.</source>
        <translation>交易所按申请金额与所选钱包可用余额两者中的较小者还款，先还利息。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 %2 (principal + interest)</source>
        <translation>%1 %2（本金 + 利息）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>needs %1 %2</source>
        <translation>需还款 %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not reachable by repaying</source>
        <translation>仅靠还款无法达到</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>needs the unit&apos;s collateral by asset, unavailable</source>
        <translation>需要该风险单位按资产划分的抵押品，目前不可用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not reachable by adding %1</source>
        <translation>追加 %1 无法达到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none needed</source>
        <translation>无需追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>add %1 %2 to the credit account&apos;s spot wallet</source>
        <translation>向借款账户的现货钱包追加 %1 %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no %1 liability to repay.</source>
        <translation>没有需要偿还的 %1 负债。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repay %1 %2 for risk unit %3 from the %4</source>
        <translation>从%4为风险单位 %3 还款 %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LTV %1 → %2 if the full amount is available. The request is sent once and never retried automatically.</source>
        <translation>若全额可用，LTV %1 → %2。请求只发送一次，绝不自动重试。</translation>
    </message>
</context>
<context>
    <name>loandesk::ReportsMenu</name>
    <message>
        <location filename="../../ui/reportwriter/reportsmenu.cpp" line="+30"/>
        <source>Export &amp;collateral CSV…</source>
        <translation>导出抵押品 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;key figures CSV…</source>
        <translation>导出关键指标 CSV(&amp;K)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export collateral by &amp;asset CSV…</source>
        <translation>导出按资产划分的抵押品 CSV(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;trigger prices CSV…</source>
        <translation>导出触发价格 CSV(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sc&amp;heduled reports…</source>
        <translation>定时报告(&amp;H)…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Scheduled report written to %1</source>
        <translation>定时报告已写入 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scheduled report failed: %1</source>
        <translation>定时报告失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>CSV not saved</source>
        <translation>CSV 未保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV saved to %1</source>
        <translation>CSV 已保存到 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::ResolveByHandDialog</name>
    <message>
        <location filename="../../ui/borrowrepay/resolvebyhanddialog.cpp" line="+17"/>
        <source>&amp;Executed: the exchange shows it</source>
        <translation>已执行(&amp;E)：交易所有这笔记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not executed: the exchange does not show it</source>
        <translation>未执行(&amp;N)：交易所没有这笔记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolve by hand</source>
        <translation>人工了结</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What you saw on the exchange</source>
        <translation>您在交易所看到的情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: what you saw on the exchange, e.g. the transaction id and time</source>
        <translation>必填：您在交易所看到的情况，例如交易 ID 和时间</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I checked the exchange&apos;s own records for this action. It was:</source>
        <translation>我已在交易所自己的记录中核对这笔操作。它：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This closes the action for good and is journaled with your OS user. LoanDesk stops checking it.</source>
        <translation>这将最终了结这笔操作，并连同您的系统用户写入日志。LoanDesk 将不再核对它。</translation>
    </message>
</context>
<context>
    <name>loandesk::RiskUnitListModel</name>
    <message>
        <location filename="../../app/models/riskunitlistmodel.cpp" line="+74"/>
        <source>Unit %1</source>
        <translation>风险单位 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1; exchange time %2</source>
        <translation>接收时间 %1；交易所时间 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Risk unit</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV</source>
        <translation>LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Band</source>
        <translation>区间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
</context>
<context>
    <name>loandesk::ScheduleReportsDialog</name>
    <message>
        <location filename="../../ui/reportwriter/schedulereportsdialog.cpp" line="+24"/>
        <source>&amp;Write reports automatically</source>
        <translation>自动生成报告(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mask sub-account emails in reports</source>
        <translation>在报告中隐去子账户邮箱(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scheduled reports</source>
        <translation>定时报告</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+51"/>
        <source>Report folder</source>
        <translation>报告文件夹</translation>
    </message>
    <message>
        <location line="-47"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours between reports</source>
        <translation>报告间隔小时数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next report:</source>
        <translation>下次报告：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each report is a folder with a PNG snapshot, a PDF report, CSV files, the state as JSON, and manifest.json holding every file&apos;s SHA-256, so a report can later be shown to be unaltered. 24 h means daily.</source>
        <translation>每份报告是一个文件夹，包含 PNG 快照、PDF 报告、CSV 文件、JSON 格式的状态，以及记录每个文件 SHA-256 的 manifest.json，日后可据此证明报告未被改动。24 小时即每天一次。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write a report &amp;now</source>
        <translation>立即生成报告(&amp;N)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report not written: %1</source>
        <translation>报告未生成：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
</context>
<context>
    <name>loandesk::SecondOperatorBox</name>
    <message>
        <location filename="../../ui/borrowrepay/secondoperatorbox.cpp" line="+29"/>
        <source>Second operator</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;It&apos;s me</source>
        <translation>是我(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;onfirm PIN</source>
        <translation>确认 PIN(&amp;O)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>your PIN</source>
        <translation>您的 PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>their PIN</source>
        <translation>复核人的 PIN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>At the keyboard:</source>
        <translation>当前操作人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator:</source>
        <translation>复核人：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN:</source>
        <translation>PIN：</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1 uses no login of their own besides those of the operator at the keyboard, so LoanDesk cannot tell them apart. Another colleague must confirm.</source>
        <translation>%1 除当前操作人的登录名外没有自己的登录名，LoanDesk 无法区分二人。请由其他同事复核。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm who is at the keyboard first.</source>
        <translation>请先确认当前操作人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LoanDesk cannot record PIN attempts here, so it checks no PIN. The log says why.</source>
        <translation>LoanDesk 无法在此记录 PIN 尝试，因此不核验任何 PIN。原因见日志。</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 is at the keyboard.</source>
        <translation>当前操作人为 %1。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>From %1 on, a second operator confirms with their own PIN before anything is sent.</source>
        <translation>金额达到 %1 及以上时，须由复核人以其本人 PIN 确认后才会发送。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (login %2)</source>
        <translation>%1（登录名 %2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No other operator is registered on this desk. Add one in Settings → Operators.</source>
        <translation>本机没有登记其他复核人。请在“设置 → 复核人”中添加。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Confirmed by %1.</source>
        <translation>已由 %1 复核确认。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 is locked after %2 wrong PINs, until %3.</source>
        <translation>%1 的 PIN 已连续错误 %2 次，锁定至 %3。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Wrong PIN for %1. %2 attempts left.</source>
        <translation>%1 的 PIN 错误。还可尝试 %2 次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a registered operator.</source>
        <translation>%1 不是已登记的复核人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has not registered the login %2 (Settings → Operators).</source>
        <translation>%1 未登记登录名 %2（见“设置 → 复核人”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No operator has registered the login %1, so LoanDesk cannot tell who is at the keyboard. Register it in Settings → Operators.</source>
        <translation>没有操作人登记登录名 %1，LoanDesk 无法确定当前操作人。请在“设置 → 复核人”中登记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Several operators use the login %1: choose who is at the keyboard and enter that person&apos;s PIN.</source>
        <translation>多名操作人共用登录名 %1：请选择当前操作人，并输入其本人的 PIN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is the operator at this desk and cannot be the second operator.</source>
        <translation>%1 是本机当前的操作人，不能担任复核人。</translation>
    </message>
</context>
<context>
    <name>loandesk::SettingsDialog</name>
    <message>
        <location filename="../../ui/preferences/profileissuetext.cpp" line="+13"/>
        <source>Give the profile a name.</source>
        <translation>请为配置档案命名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL must start with https:// (plain http only to this computer).</source>
        <translation>URL 必须以 https:// 开头（明文 http 仅限本机地址）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the parent API key or at least one credit key.</source>
        <translation>请输入母账户 API Key，或至少一个放贷账户 API Key。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each unit&apos;s bands must be positive and increasing.</source>
        <translation>每个风险单位的 LTV 区间阈值必须为正数且逐级递增。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proxy needs a host and a port.</source>
        <translation>代理需要主机和端口。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The polling interval is out of range.</source>
        <translation>轮询间隔超出范围。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The borrow/repay amounts under Limits must be positive with at most 8 decimal places.</source>
        <translation>“限额”中的借款/还款金额必须为正数，且最多 8 位小数。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/settingsdialog.cpp" line="+34"/>
        <source>LoanDesk Settings</source>
        <translation>LoanDesk 设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bands</source>
        <translation>LTV 区间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polling</source>
        <translation>轮询</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limits</source>
        <translation>限额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operators</source>
        <translation>复核人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Profile %1</source>
        <translation>配置档案 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The profile file could not be used (%1) and was kept as %2; starting from no profiles.</source>
        <translation>无法使用配置档案文件（%1），已另存为 %2；将从空白配置开始。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operators file could not be used (%1) and was kept as %2; no second operators are registered.</source>
        <translation>复核人文件无法使用（%1），已另存为 %2；当前没有登记任何复核人。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/bandspage.cpp" line="-28"/>
        <source>Bands are not valid for %1.</source>
        <translation>%1 的 LTV 区间无效。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/connectionpage.cpp" line="+58"/>
        <source>Two profiles have the same name.</source>
        <translation>有两个配置档案同名。</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/settingsdialog.cpp" line="+52"/>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置档案“%1”：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Settings not saved: %1</source>
        <translation>设置未保存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret for key %1 could not be stored (%2).</source>
        <translation>无法保存 API Key %1 的 Secret Key（%2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service is running: the secret is kept in memory for this run only and must be entered again next time.</source>
        <translation>没有正在运行的密钥环服务：Secret Key 仅在本次运行期间保存在内存中，下次需重新输入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved; the secret is in the system keychain.</source>
        <translation>已保存；Secret Key 已存入系统密钥环。</translation>
    </message>
</context>
<context>
    <name>loandesk::StalenessStyler</name>
    <message>
        <location filename="../../ui/panels/stalenessstyler.cpp" line="+25"/>
        <source>⚠ Stale: data as of %1, %2 ago</source>
        <translation>⚠ 数据已过期：截至 %1（%2前）</translation>
    </message>
</context>
<context>
    <name>loandesk::StatusBarWidgets</name>
    <message>
        <location filename="../../ui/panels/statusbarwidgets.cpp" line="+116"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Degraded: polls failing</source>
        <translation>降级：轮询失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused until %1</source>
        <translation>暂停至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last update %1</source>
        <translation>最近更新 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No update yet</source>
        <translation>尚无更新</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clock not synced</source>
        <translation>时钟未同步</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clock offset %1%2 ms</source>
        <translation>时钟偏差 %1%2 毫秒</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weight %1 / %2 per min</source>
        <translation>每分钟权重 %1 / %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Difference between the exchange&apos;s clock and this computer&apos;s; signed requests are corrected by it</source>
        <translation>交易所时钟与本机时钟之差；签名请求会据此校正</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request weight used this minute by ltv-details (IP limit)</source>
        <translation>ltv-details 本分钟已用的请求权重（IP 限额）</translation>
    </message>
</context>
<context>
    <name>loandesk::TriggerHistoryChart</name>
    <message>
        <location filename="../../ui/charts/triggerhistorychart.cpp" line="+39"/>
        <source>Trigger prices</source>
        <translation>触发价格</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 price (USD)</source>
        <translation>%1 价格（USD）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 price</source>
        <translation>%1 价格</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not reachable by %2 alone</source>
        <translation>%1：仅 %2 变动无法达到</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (−%3)</source>
        <translation>%1：%2（−%3）</translation>
    </message>
</context>
<context>
    <name>loandesk::UnitListPanel</name>
    <message>
        <location filename="../../ui/panels/unitlistpanel.cpp" line="+35"/>
        <source>Risk units</source>
        <translation>风险单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each risk unit with its LTV, band and data age</source>
        <translation>各风险单位的 LTV、区间及数据距今时长</translation>
    </message>
</context>
<context>
    <name>loandesk::WelcomeDialog</name>
    <message>
        <location filename="../../ui/shell/welcomedialog.cpp" line="+12"/>
        <source>Welcome to LoanDesk</source>
        <translation>欢迎使用 LoanDesk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Welcome to LoanDesk&lt;/h2&gt;&lt;p&gt;LoanDesk watches the LTV of your Binance Institutional Loan risk units, shows where the collateral sits, and warns you before a margin call.&lt;/p&gt;&lt;p&gt;Explore the demo first: it runs a simulated exchange on this computer, with made-up accounts and a moving market. Nothing leaves the machine.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用 LoanDesk&lt;/h2&gt;&lt;p&gt;LoanDesk 监控您在币安机构借贷中各风险单位的 LTV（贷款价值比），显示抵押品分布在哪些账户，并在追加保证金之前向您预警。&lt;/p&gt;&lt;p&gt;建议先体验演示：它会在本机运行一个模拟交易所，使用虚构的账户和不断变动的行情。任何数据都不会离开本机。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Explore the demo</source>
        <translation>体验演示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect an account…</source>
        <translation>连接账户…</translation>
    </message>
</context>
<context>
    <name>loandesk::WhatIfPanel</name>
    <message>
        <location filename="../../ui/borrowrepay/whatifpanel.cpp" line="+32"/>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Above initial LTV (borrowing blocked)</source>
        <translation>高于初始 LTV（无法借款）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undefined: no equity above maintenance margin</source>
        <translation>无法计算：净资产不高于维持保证金</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What if</source>
        <translation>假设分析</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A uniform fall of every collateral price, applied with the action.</source>
        <translation>所有抵押品价格同时按同一幅度下跌，与本次操作一并计算。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type a change in percent or a shocked price for each asset; stablecoins keep their price.</source>
        <translation>为每种资产输入百分比变动或冲击后价格；稳定币价格不变。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price shock per asset</source>
        <translation>按资产的价格冲击</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LTV now:</source>
        <translation>当前 LTV：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV after:</source>
        <translation>操作后 LTV：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band after:</source>
        <translation>操作后区间：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral fall to margin call:</source>
        <translation>抵押品下跌至追加保证金线：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collateral price shock:</source>
        <translation>抵押品价格冲击：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price shock per asset:</source>
        <translation>按资产的价格冲击：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LTV after, with the shock:</source>
        <translation>叠加冲击后的 LTV：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Band after, with the shock:</source>
        <translation>冲击后的区间：</translation>
    </message>
</context>
</TS>
