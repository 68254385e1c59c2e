<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Minutes</source>
        <translation>Giới thiệu Biên bản</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Thư mục nhật ký</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Giấy phép</translation>
    </message>
    <message>
        <source>MIT licence: free to use, copy, change and share, without warranty.</source>
        <translation>Giấy phép MIT: được tự do sử dụng, sao chép, sửa đổi và chia sẻ, không kèm bảo đảm.</translation>
    </message>
    <message>
        <source>Minutes (Biên bản)</source>
        <translation>Phần mềm Biên bản</translation>
    </message>
    <message>
        <source>Meeting minutes and task tracking for formal meetings of government and Party bodies.</source>
        <translation>Ghi biên bản và theo dõi nhiệm vụ cho các cuộc họp của cơ quan nhà nước và tổ chức Đảng.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>AgendaSection</name>
    <message>
        <source>Type an agenda item and press Enter (it goes after the selected one)</source>
        <translation>Gõ một nội dung chương trình rồi nhấn Enter (thêm sau nội dung đang chọn)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>Belonging</source>
        <translation>Thuộc nội dung này</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình họp</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Thêm nội dung chương trình</translation>
    </message>
    <message>
        <source>Move item &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move item &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete agenda item</source>
        <translation>&amp;Xóa nội dung chương trình</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n báo cáo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n ý kiến</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conclusion(s)</source>
        <translation>
            <numerusform>%n kết luận</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the title of the agenda item first.</source>
        <translation>Hãy gõ tên nội dung chương trình trước.</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Thêm nội dung chương trình</translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation>Nội dung chương trình cần có tên.</translation>
    </message>
    <message>
        <source>Rename agenda item</source>
        <translation>Đổi tên nội dung chương trình</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Chuyển nội dung chương trình</translation>
    </message>
    <message>
        <source>Delete agenda item</source>
        <translation>Xóa nội dung chương trình</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>No backup of this database was found.</source>
        <translation>Không tìm thấy bản sao lưu nào của cơ sở dữ liệu này.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>The latest good backup is from %1. Restore it? What was saved after it is lost, but the damaged database is kept as it is, beside the backups.</source>
        <translation>Bản sao lưu tốt gần nhất được tạo lúc %1. Khôi phục bản sao lưu này? Những gì lưu sau thời điểm đó sẽ mất, nhưng cơ sở dữ liệu bị hỏng vẫn được giữ nguyên bên cạnh các bản sao lưu.</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>The database is empty. Load an example meeting (Ban Thường vụ Quận ủy Long Biên works with phường Long Biên, 19/01/2021) to see how minutes are recorded? You can delete it later.</source>
        <translation>Cơ sở dữ liệu chưa có cuộc họp nào. Nạp cuộc họp mẫu (Ban Thường vụ Quận ủy Long Biên làm việc với phường Long Biên, ngày 19/01/2021) để xem cách ghi biên bản? Có thể xóa cuộc họp mẫu sau.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Chào mừng</translation>
    </message>
    <message>
        <source>The application closes so that nothing more is written into the damaged database.</source>
        <translation>Ứng dụng sẽ đóng lại để không ghi thêm gì vào cơ sở dữ liệu bị hỏng.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Chưa khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <source>The backup of %1 was restored; the database it replaced was kept as a backup.</source>
        <translation>Đã khôi phục bản sao lưu %1; cơ sở dữ liệu bị thay thế được giữ lại thành một bản sao lưu.</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <source>Type a name or title, accents optional; Enter adds</source>
        <translation>Gõ họ tên hoặc chức vụ, có dấu hoặc không dấu; Enter để thêm</translation>
    </message>
    <message>
        <source>e.g. các đồng chí Ủy viên Ban Thường vụ; Enter adds</source>
        <translation>Ví dụ: các đồng chí Ủy viên Ban Thường vụ; Enter để thêm</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Name and title / group</source>
        <translation>Họ tên, chức vụ / nhóm</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tham dự</translation>
    </message>
    <message>
        <source>&amp;Add person:</source>
        <translation>T&amp;hêm người:</translation>
    </message>
    <message>
        <source>Add &amp;group:</source>
        <translation>Thêm &amp;nhóm:</translation>
    </message>
    <message>
        <source>In the list: P present · A absent · L late · R role · Alt+↑/↓ move · Delete remove</source>
        <translation>Trong danh sách: P có mặt · A vắng mặt · L đến muộn · R vai trò · Alt+↑/↓ di chuyển · Delete xóa</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Add &amp;person to the roll call</source>
        <translation>Thêm &amp;người vào danh sách tham dự</translation>
    </message>
    <message>
        <source>&amp;New person...</source>
        <translation>Người &amp;mới...</translation>
    </message>
    <message>
        <source>Add &amp;group</source>
        <translation>Thêm &amp;nhóm</translation>
    </message>
    <message>
        <source>Mark &amp;present</source>
        <translation>Đánh dấu &amp;có mặt</translation>
    </message>
    <message>
        <source>Mark &amp;absent...</source>
        <translation>Đánh dấu &amp;vắng mặt...</translation>
    </message>
    <message>
        <source>Mark &amp;late</source>
        <translation>Đánh dấu đến &amp;muộn</translation>
    </message>
    <message>
        <source>Next &amp;role</source>
        <translation>&amp;Vai trò tiếp theo</translation>
    </message>
    <message>
        <source>Previous role</source>
        <translation>Vai trò trước</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Remove from the roll call</source>
        <translation>&amp;Xóa khỏi danh sách tham dự</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Nhóm</translation>
    </message>
    <message>
        <source>%1 is already on the list.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Thêm người tham dự</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <source>Set presence</source>
        <translation>Ghi tình trạng tham dự</translation>
    </message>
    <message>
        <source>Why is %1 absent?</source>
        <translation>Lý do %1 vắng mặt?</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Đổi vai trò</translation>
    </message>
    <message>
        <source>Move attendee</source>
        <translation>Di chuyển người tham dự</translation>
    </message>
    <message>
        <source>Remove attendee</source>
        <translation>Xóa người tham dự</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Tạo thủ công</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <source>Damaged database, kept as it was</source>
        <translation>Cơ sở dữ liệu bị hỏng, giữ nguyên trạng</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm tạo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>&amp;Keep the last</source>
        <translation>&amp;Giữ lại</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>bản sao lưu gần nhất</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Restore the selected backup…</source>
        <translation>&amp;Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Mở &amp;thư mục</translation>
    </message>
    <message>
        <source>This database is shared on a server. Its administrator backs it up there (pg_dump); &apos;minutes backup&apos; writes a complete archive of it that &apos;minutes restore&apos; loads into an empty database.</source>
        <translation>Cơ sở dữ liệu này dùng chung trên máy chủ. Quản trị viên sao lưu trên máy chủ (pg_dump); lệnh &apos;minutes backup&apos; ghi một bản lưu trữ đầy đủ mà lệnh &apos;minutes restore&apos; nạp được vào một cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>A backup is made when the program closes (once a day) and before every upgrade of the database. Backups are kept in %1.</source>
        <translation>Bản sao lưu được tạo khi đóng chương trình (mỗi ngày một lần) và trước mỗi lần nâng cấp cơ sở dữ liệu. Các bản sao lưu được lưu tại %1.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <source>Backup made: %1</source>
        <translation>Đã tạo bản sao lưu: %1</translation>
    </message>
    <message>
        <source>Replace the database by the backup of %1? Everything saved since then is replaced; the database as it is now is kept as one more backup. The program closes the open meeting and opens the restored database.</source>
        <translation>Thay cơ sở dữ liệu bằng bản sao lưu lúc %1? Mọi nội dung lưu sau thời điểm đó sẽ bị thay thế; cơ sở dữ liệu hiện tại được giữ lại thành một bản sao lưu nữa. Chương trình sẽ đóng cuộc họp đang mở và mở cơ sở dữ liệu đã khôi phục.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>No.</source>
        <extracomment>(header, the sort key of the column or None) in column order; STT is the row number, not sortable.</extracomment>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức độ ưu tiên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>đã gia hạn</translation>
    </message>
    <message>
        <source>The deadline was extended (see the task&apos;s history)</source>
        <translation>Thời hạn đã được gia hạn (xem lịch sử nhiệm vụ)</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Bấm để sắp xếp theo cột này</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <source>Task board</source>
        <extracomment>SourceKind -&gt; the editor section that shows it (by class name: the editor owns its sections).</extracomment>
        <translation>Bảng theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Danh sách</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Tổng quan</translation>
    </message>
    <message>
        <source>Task &amp;board</source>
        <translation>&amp;Bảng theo dõi nhiệm vụ</translation>
    </message>
    <message>
        <source>Every task of every meeting: filter, follow up, export</source>
        <translation>Mọi nhiệm vụ của mọi cuộc họp: lọc, theo dõi, xuất</translation>
    </message>
    <message>
        <source>Start a &amp;follow-up meeting…</source>
        <translation>Mở cuộc họp &amp;tiếp theo…</translation>
    </message>
    <message>
        <source>A new meeting of the same body that first reviews the tasks still open</source>
        <translation>Cuộc họp mới của cùng cơ quan, mở đầu bằng rà soát các nhiệm vụ chưa hoàn thành</translation>
    </message>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Nhắc việc…</translation>
    </message>
    <message>
        <source>Tasks of my units overdue or due within a week</source>
        <translation>Nhiệm vụ của đơn vị tôi đã quá hạn hoặc đến hạn trong tuần</translation>
    </message>
    <message>
        <source>My &amp;units…</source>
        <translation>Chọn đơn &amp;vị của tôi…</translation>
    </message>
    <message>
        <source>The units whose tasks you are reminded of</source>
        <translation>Các đơn vị mà bạn được nhắc việc</translation>
    </message>
</context>
<context>
    <name>CompleteDialog</name>
    <message>
        <source>Mark the task complete</source>
        <translation>Đánh dấu hoàn thành nhiệm vụ</translation>
    </message>
    <message>
        <source>The product delivered, the document number…</source>
        <translation>Sản phẩm đã nộp, số văn bản…</translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation>&amp;Ngày hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>No deadline: completed on time.</source>
        <translation>Không có thời hạn: hoàn thành đúng hạn.</translation>
    </message>
    <message>
        <source>Completed on time (deadline %1).</source>
        <translation>Hoàn thành đúng hạn (thời hạn %1).</translation>
    </message>
    <message numerus="yes">
        <source>Completed late: %n day(s) after the deadline (%1).</source>
        <translation>
            <numerusform>Hoàn thành quá hạn: chậm %n ngày so với thời hạn (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConclusionsSection</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Nội dung kết luận</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Select or add a point (Insert), then type it. Ctrl+Enter starts the next point.</source>
        <translation>Chọn hoặc thêm một điểm (Insert) rồi nhập nội dung. Ctrl+Enter để sang điểm tiếp theo.</translation>
    </message>
    <message>
        <source>Edit conclusion</source>
        <translation>Sửa kết luận</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Thêm điểm</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>&amp;Add conclusion point</source>
        <translation>&amp;Thêm điểm kết luận</translation>
    </message>
    <message>
        <source>Next point</source>
        <translation>Điểm tiếp theo</translation>
    </message>
    <message>
        <source>Insert a point after this one</source>
        <translation>Chèn một điểm sau điểm này</translation>
    </message>
    <message>
        <source>Edit the point</source>
        <translation>Sửa điểm này</translation>
    </message>
    <message>
        <source>Move point &amp;up</source>
        <translation>Chuyển điểm &amp;lên</translation>
    </message>
    <message>
        <source>Move point &amp;down</source>
        <translation>Chuyển điểm &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete point</source>
        <translation>&amp;Xóa điểm</translation>
    </message>
    <message>
        <source>Create a &amp;task from this point...</source>
        <translation>Tạo &amp;nhiệm vụ từ điểm này...</translation>
    </message>
    <message>
        <source>Kind, agenda item and &amp;vote of the point</source>
        <translation>Loại, nội dung chương trình và &amp;biểu quyết của điểm kết luận</translation>
    </message>
    <message>
        <source>Point %1</source>
        <translation>Điểm %1</translation>
    </message>
    <message>
        <source>No point selected</source>
        <translation>Chưa chọn điểm nào</translation>
    </message>
    <message>
        <source>Add conclusion</source>
        <translation>Thêm kết luận</translation>
    </message>
    <message>
        <source>Move conclusion</source>
        <translation>Di chuyển kết luận</translation>
    </message>
    <message>
        <source>Delete conclusion</source>
        <translation>Xóa kết luận</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>Your text (still in the field):</source>
        <translation>Nội dung của bạn (vẫn còn trong ô):</translation>
    </message>
    <message>
        <source>To merge, edit your text in the field, then choose “Keep my text”.</source>
        <translation>Để hợp nhất, hãy sửa nội dung của bạn trong ô, rồi chọn “Giữ nội dung của tôi”.</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Giữ nội dung của tôi</translation>
    </message>
    <message>
        <source>&amp;Take their text</source>
        <translation>&amp;Lấy nội dung của họ</translation>
    </message>
    <message>
        <source>Show the &amp;field</source>
        <translation>Đến ô &amp;nhập</translation>
    </message>
    <message>
        <source>Their text (%1, %2):</source>
        <translation>Nội dung của họ (%1, %2):</translation>
    </message>
    <message>
        <source>Someone else changed “%1” while you were typing in it. Nothing was overwritten: choose which text to keep.</source>
        <translation>Người khác đã thay đổi “%1” trong lúc bạn đang nhập. Không có gì bị ghi đè: hãy chọn giữ nội dung nào.</translation>
    </message>
    <message>
        <source>Their text:</source>
        <translation>Nội dung của họ:</translation>
    </message>
    <message numerus="yes">
        <source>%n more field(s) wait after this one.</source>
        <translation>
            <numerusform>Còn %n ô khác đang chờ sau ô này.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed “%2” at %3 while you were editing it. Your text was not saved and is kept in the field: choose which text to keep.</source>
        <translation>%1 đã thay đổi “%2” lúc %3 trong khi bạn đang sửa. Nội dung của bạn chưa được lưu và vẫn giữ trong ô: hãy chọn giữ nội dung nào.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Người phụ trách</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Giao cho</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>Done at the meeting</source>
        <translation>Đã thực hiện tại cuộc họp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức độ ưu tiên</translation>
    </message>
    <message>
        <source>Expected product</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Someone else changed this task</source>
        <translation>Người khác đã thay đổi nhiệm vụ này</translation>
    </message>
    <message>
        <source>Nothing was overwritten. Keep your values (over theirs), or take theirs?</source>
        <translation>Không có gì bị ghi đè. Giữ giá trị của bạn (thay cho của họ), hay lấy giá trị của họ?</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Giữ của tôi</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Lấy của họ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 changed this task at %2, after you opened it.</source>
        <translation>%1 đã thay đổi nhiệm vụ này lúc %2, sau khi bạn mở nó.</translation>
    </message>
    <message>
        <source>%1 — yours: %2; theirs: %3</source>
        <translation>%1 — của bạn: %2; của họ: %3</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Kết nối tới máy chủ</translation>
    </message>
    <message>
        <source>An office that shares its minutes keeps them on a PostgreSQL server. Give its address and your login; the password is kept in the system&apos;s password store, never in a file.</source>
        <translation>Cơ quan dùng chung biên bản lưu chúng trên một máy chủ PostgreSQL. Hãy nhập địa chỉ máy chủ và tên đăng nhập của bạn; mật khẩu được giữ trong kho mật khẩu của hệ thống, không bao giờ ghi vào tệp.</translation>
    </message>
    <message>
        <source>empty: the password of ~/.pgpass or none</source>
        <translation>để trống: dùng mật khẩu trong ~/.pgpass hoặc không có</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Máy chủ:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mật &amp;khẩu:</translation>
    </message>
    <message>
        <source>The password is kept in the system&apos;s password store.</source>
        <translation>Mật khẩu được giữ trong kho mật khẩu của hệ thống.</translation>
    </message>
    <message>
        <source>No password store of the system can be used on this computer: the password is not saved and is asked again each time the application starts.</source>
        <translation>Máy tính này không có kho mật khẩu nào của hệ thống dùng được: mật khẩu không được lưu và sẽ được hỏi lại mỗi lần khởi động ứng dụng.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <source>Give the server, the database and your login.</source>
        <translation>Hãy nhập máy chủ, cơ sở dữ liệu và tên đăng nhập của bạn.</translation>
    </message>
    <message>
        <source>Co&amp;nnect to a server…</source>
        <translation>Kết &amp;nối tới máy chủ…</translation>
    </message>
    <message>
        <source>Use the minutes of a shared PostgreSQL server</source>
        <translation>Dùng biên bản trên một máy chủ PostgreSQL dùng chung</translation>
    </message>
</context>
<context>
    <name>ContributionsSection</name>
    <message>
        <source>Next speaker</source>
        <extracomment>Lines of the list&apos;s cells at most (the rest ends in &quot;…&quot;; the tooltip and the text box have it all). Rows the list is sized to show at most (it scrolls beyond).</extracomment>
        <translation>Người phát biểu tiếp theo</translation>
    </message>
    <message>
        <source>Speaker: a name from the directory or a label</source>
        <translation>Người phát biểu: họ tên trong danh bạ hoặc mô tả</translation>
    </message>
    <message>
        <source>Press F8 to give the floor to the next speaker, then type what is said. Ctrl+Enter finishes and moves to the next.</source>
        <translation>Nhấn F8 để mời người tiếp theo phát biểu, rồi ghi nội dung phát biểu. Ctrl+Enter để kết thúc và chuyển sang người tiếp theo.</translation>
    </message>
    <message>
        <source>Edit contribution</source>
        <translation>Sửa ý kiến phát biểu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Thời lượng</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Nội dung phát biểu</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Người phát biểu:</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>Người &amp;tiếp theo</translation>
    </message>
    <message>
        <source>Finish the current speaker and give the floor to the first of the queue</source>
        <translation>Kết thúc lượt phát biểu hiện tại và mời người đầu tiên trong danh sách chờ</translation>
    </message>
    <message>
        <source>Finish and next</source>
        <translation>Kết thúc và chuyển người tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Finish speaker</source>
        <translation>&amp;Kết thúc lượt phát biểu</translation>
    </message>
    <message>
        <source>&amp;Queue a speaker</source>
        <translation>Đăng &amp;ký phát biểu</translation>
    </message>
    <message>
        <source>Change the s&amp;peaker</source>
        <translation>Đổi &amp;người phát biểu</translation>
    </message>
    <message>
        <source>Create a &amp;task from this contribution...</source>
        <translation>Tạo &amp;nhiệm vụ từ ý kiến này...</translation>
    </message>
    <message>
        <source>Give the floor now</source>
        <translation>Mời phát biểu ngay</translation>
    </message>
    <message>
        <source>Move up in the queue</source>
        <translation>Chuyển lên trong danh sách chờ</translation>
    </message>
    <message>
        <source>Move down in the queue</source>
        <translation>Chuyển xuống trong danh sách chờ</translation>
    </message>
    <message>
        <source>Remove from the queue</source>
        <translation>Xóa khỏi danh sách chờ</translation>
    </message>
    <message>
        <source>Edit the text</source>
        <translation>Sửa nội dung</translation>
    </message>
    <message>
        <source>Move contribution &amp;up</source>
        <translation>Chuyển ý kiến &amp;lên</translation>
    </message>
    <message>
        <source>Move contribution &amp;down</source>
        <translation>Chuyển ý kiến &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete contribution</source>
        <translation>&amp;Xóa ý kiến</translation>
    </message>
    <message>
        <source>Number of opinions and agenda item</source>
        <translation>Số ý kiến và nội dung chương trình</translation>
    </message>
    <message>
        <source>Next speaker (%1)</source>
        <translation>Người tiếp theo (%1)</translation>
    </message>
    <message>
        <source>Nobody has the floor. F8 gives it to the first of the queue.</source>
        <translation>Chưa có ai phát biểu. F8 để mời người đầu tiên trong danh sách chờ.</translation>
    </message>
    <message>
        <source>(speaker not named yet)</source>
        <translation>(chưa ghi người phát biểu)</translation>
    </message>
    <message>
        <source>Speaking: %1</source>
        <translation>Đang phát biểu: %1</translation>
    </message>
    <message>
        <source>Give the floor</source>
        <translation>Mời phát biểu</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>Đổi người phát biểu</translation>
    </message>
    <message>
        <source>Move contribution</source>
        <translation>Di chuyển ý kiến</translation>
    </message>
    <message>
        <source>Delete contribution</source>
        <translation>Xóa ý kiến</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Minutes</source>
        <extracomment>How many lines of the application&apos;s log the crash dialog shows. The open database as the user knows it (a file or an address), named in database faults.</extracomment>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <source>Sorry, something went wrong in the application.</source>
        <translation>Rất tiếc, ứng dụng đã gặp lỗi.</translation>
    </message>
    <message>
        <source>What you typed has been saved. A report was written to:
{log}

Please send this file to the person who supports the application.</source>
        <translation>Nội dung đã nhập đã được lưu. Báo cáo lỗi được ghi vào tệp:
{log}

Đề nghị gửi tệp này cho người hỗ trợ kỹ thuật.</translation>
    </message>
    <message>
        <source>The application&apos;s log is {path}; its last lines:</source>
        <translation>Nhật ký của ứng dụng ở {path}; các dòng cuối:</translation>
    </message>
    <message>
        <source>Continue working</source>
        <translation>Tiếp tục làm việc</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>nn/tt/nnnn</translation>
    </message>
    <message>
        <source>Choose the day in a calendar (Alt+Down)</source>
        <translation>Chọn ngày trên lịch (Alt+Mũi tên xuống)</translation>
    </message>
    <message>
        <source>“%1” is not a day: the year must be between 1945 and 2100.</source>
        <translation>“%1” không phải là một ngày: năm phải từ 1945 đến 2100.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the calendar.</source>
        <translation>“%1” không có trên lịch.</translation>
    </message>
    <message>
        <source>“%1” is not a day: type it as dd/mm/yyyy, e.g. 31/12/2026 or 31122026.</source>
        <translation>“%1” không phải là một ngày: hãy gõ theo dạng ngày/tháng/năm, ví dụ 31/12/2026 hoặc 31122026.</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Trước ngày %1</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <source>Status counted from %1</source>
        <translation>Trạng thái tính theo ngày %1</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Change the deadline</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <source>e.g. waiting for the city&apos;s decision on the land price</source>
        <translation>ví dụ: chờ thành phố phê duyệt giá đất</translation>
    </message>
    <message>
        <source>Current deadline:</source>
        <translation>Thời hạn hiện tại:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>Thời hạn &amp;mới:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>The deadline cannot be before the meeting (%1).</source>
        <translation>Thời hạn không thể trước ngày họp (%1).</translation>
    </message>
    <message>
        <source>This is the current deadline.</source>
        <translation>Đây là thời hạn hiện tại.</translation>
    </message>
    <message>
        <source>Say why the deadline changes: the reason is kept in the task&apos;s history.</source>
        <translation>Hãy nêu lý do điều chỉnh thời hạn: lý do được lưu trong lịch sử của nhiệm vụ.</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>Wording in the minutes, e.g. quý I/2022 (optional; it fills in the dates)</source>
        <translation>Cách ghi trong biên bản, ví dụ: quý I/2022 (không bắt buộc; tự điền ngày tháng)</translation>
    </message>
    <message>
        <source>On a day</source>
        <translation>Vào ngày</translation>
    </message>
    <message>
        <source>Before a day</source>
        <translation>Trước ngày</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Half-year</source>
        <translation>Sáu tháng</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>From a day to a day</source>
        <translation>Từ ngày đến ngày</translation>
    </message>
    <message>
        <source>A range must start before it ends.</source>
        <translation>Ngày bắt đầu phải trước ngày kết thúc.</translation>
    </message>
    <message>
        <source>These dates do not make a deadline.</source>
        <translation>Các ngày này không tạo thành một thời hạn.</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>%1 · status counted from %2</source>
        <translation>%1 · tình trạng tính từ ngày %2</translation>
    </message>
</context>
<context>
    <name>DeadlineWords</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <extracomment>Rows the board reads at a time: a window&apos;s worth and more (a full-height board on a 1440-pixel screen shows about 40 rows). The first page is what a filter change waits for, and the reading of the rows&apos; details (units, people, deadlines) grows with it: 60 rows instead of the services&apos; 200 take a third to a half less time (issue 17). Scrolling fetches the next page when the last row comes into view, a tall window fetches as many as it has room for. Pages of rows kept in memory (the most recently shown); the others are read again when shown. Rows due within this many days stand out (amber); overdue rows are red. Tables whose changes can change what the board shows.</extracomment>
        <translation>
            <numerusform>Chậm %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n day(s)</source>
        <translation>
            <numerusform>Còn %n ngày</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentDates</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Báo cáo tình hình thực hiện</translation>
    </message>
    <message>
        <source>Empty: the document prints its usual date</source>
        <translation>Để trống: văn bản ghi ngày như thường lệ</translation>
    </message>
    <message>
        <source>“%1” is not a date. Type it as dd/mm/yyyy.</source>
        <translation>“%1” không phải là ngày. Hãy gõ theo dạng ngày/tháng/năm (dd/mm/yyyy).</translation>
    </message>
    <message>
        <source>A document cannot be dated before its meeting (%1).</source>
        <translation>Văn bản không thể ghi ngày trước ngày họp (%1).</translation>
    </message>
    <message>
        <source>Date of the document: %1</source>
        <translation>Ngày của văn bản: %1</translation>
    </message>
    <message>
        <source>(its usual date)</source>
        <translation>(ngày như thường lệ)</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Phần</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>Nội dung chưa lưu</translation>
    </message>
    <message>
        <source>Typed at</source>
        <translation>Thời điểm nhập</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <source>No meeting is open</source>
        <translation>Chưa mở cuộc họp nào</translation>
    </message>
    <message>
        <source>Choose a meeting from the list, or start the minutes of a new one. Everything you type is saved as you go.</source>
        <translation>Chọn một cuộc họp trong danh sách hoặc bắt đầu ghi biên bản cuộc họp mới. Mọi nội dung được lưu tự động ngay khi nhập.</translation>
    </message>
    <message>
        <source>New meeting (Ctrl+N)</source>
        <translation>Cuộc họp mới (Ctrl+N)</translation>
    </message>
    <message>
        <source>Load the example meeting</source>
        <translation>Nạp cuộc họp mẫu</translation>
    </message>
</context>
<context>
    <name>EvidenceJobs</name>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Không mở được tệp: %1</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Official &amp;documents…</source>
        <translation>Văn bản &amp;chính thức…</translation>
    </message>
    <message>
        <source>Export, preview or print the minutes, the conclusion notice, the task plan or the status report of the open meeting</source>
        <translation>Xuất, xem trước hoặc in biên bản, thông báo kết luận, kế hoạch hoặc báo cáo tình hình thực hiện nhiệm vụ của cuộc họp đang mở</translation>
    </message>
    <message>
        <source>Organisation &amp;profile…</source>
        <translation>&amp;Thông tin cơ quan ban hành…</translation>
    </message>
    <message>
        <source>Names, codes, signers and recipients printed on the documents</source>
        <translation>Tên cơ quan, ký hiệu, người ký và nơi nhận in trên văn bản</translation>
    </message>
    <message>
        <source>Open a meeting first: the documents are made from its minutes.</source>
        <translation>Hãy mở một cuộc họp trước: văn bản được lập từ biên bản của cuộc họp đó.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Save the document as</source>
        <translation>Lưu văn bản thành</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tệp Word (*.docx)</translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation>Văn bản chính thức</translation>
    </message>
    <message>
        <source>Minutes (biên bản)</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion notice (thông báo kết luận)</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <source>Task plan, landscape (kế hoạch theo biểu ngang)</source>
        <translation>Kế hoạch theo biểu ngang</translation>
    </message>
    <message>
        <source>Task status report (báo cáo tình hình thực hiện)</source>
        <translation>Báo cáo tình hình thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <source>State (Decree 30/2020/NĐ-CP)</source>
        <translation>Hành chính nhà nước (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Party (Guidance 36-HD/VPTW)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Plain (English)</source>
        <translation>Đơn giản (tiếng Anh)</translation>
    </message>
    <message>
        <source>blank (numbered by hand)</source>
        <translation>để trống (văn thư ghi số)</translation>
    </message>
    <message>
        <source>Print the date of issue</source>
        <translation>In ngày ban hành</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Tệp Word (DOCX)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF, exact preview and printing need LibreOffice, which is not installed; the preview shows a simplified layout.</source>
        <translation>Xuất PDF, xem trước chính xác và in cần LibreOffice nhưng máy chưa cài; bản xem trước chỉ là bố cục giản lược.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Thể thức:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Số:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Định dạng:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Lưu vào:</translation>
    </message>
    <message>
        <source>Before printing, check:</source>
        <translation>Trước khi in, cần kiểm tra:</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Xem trước…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Xuất &amp;tệp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>A status report is dated the day its figures are counted to.</source>
        <translation>Báo cáo ghi ngày là ngày số liệu được tính đến.</translation>
    </message>
    <message>
        <source>Choose the organisation the document is issued under.</source>
        <translation>Chọn cơ quan ban hành văn bản.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <source>Preparing the pages for printing…</source>
        <translation>Đang chuẩn bị các trang để in…</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source> (simplified layout: install LibreOffice for the exact pages)</source>
        <translation> (bố cục giản lược: cài LibreOffice để xem đúng từng trang)</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Bản xem trước đã sẵn sàng.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Đã gửi %n trang tới máy in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Đã hủy lệnh in.</translation>
    </message>
    <message>
        <source>The profile names no issuing body: the letterhead has no name.</source>
        <translation>Thông tin cơ quan chưa có tên cơ quan ban hành: tiêu đề văn bản sẽ thiếu tên.</translation>
    </message>
    <message>
        <source>No chair is recorded: the signature name is left blank.</source>
        <translation>Chưa ghi người chủ trì: họ tên người ký để trống.</translation>
    </message>
    <message>
        <source>No secretary is recorded: the name is left blank to fill in by hand.</source>
        <translation>Chưa ghi thư ký: họ tên để trống để ghi tay.</translation>
    </message>
    <message>
        <source>The start time is not recorded: dotted blanks are printed to fill in by hand.</source>
        <translation>Chưa ghi giờ bắt đầu: in dấu chấm để ghi tay.</translation>
    </message>
    <message>
        <source>The closing time is not recorded: dotted blanks are printed to fill in by hand.</source>
        <translation>Chưa ghi giờ kết thúc: in dấu chấm để ghi tay.</translation>
    </message>
    <message>
        <source>The place is not recorded: a dotted blank is printed.</source>
        <translation>Chưa ghi địa điểm: in dấu chấm để ghi tay.</translation>
    </message>
    <message>
        <source>Nobody is on the attendance list: a dotted blank is printed.</source>
        <translation>Danh sách thành phần tham dự còn trống: in dấu chấm để ghi tay.</translation>
    </message>
    <message>
        <source>The profile gives the signature no role (e.g. BÍ THƯ, CHỦ TỊCH).</source>
        <translation>Thông tin cơ quan chưa ghi chức vụ người ký (ví dụ BÍ THƯ, CHỦ TỊCH).</translation>
    </message>
    <message>
        <source>The profile names no signer of the report: the name is left blank.</source>
        <translation>Thông tin cơ quan chưa ghi người ký báo cáo: họ tên để trống.</translation>
    </message>
    <message>
        <source>The profile names no office for the file copy: no “Lưu …” line is printed.</source>
        <translation>Thông tin cơ quan chưa ghi nơi lưu: không in dòng “Lưu …”.</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Nhà nước</translation>
    </message>
    <message>
        <source>No task answers recommendation (%1): it is printed without who handles it or by when.</source>
        <translation>Kiến nghị (%1) chưa có nhiệm vụ giải quyết: chỉ in nội dung kiến nghị, không có đơn vị và thời hạn.</translation>
    </message>
    <message>
        <source>This organisation&apos;s profile is in the %1 layout: the chosen layout puts its name under another heading.</source>
        <translation>Thông tin của cơ quan này theo thể thức %1: thể thức đã chọn sẽ đặt tên cơ quan dưới tiêu đề khác.</translation>
    </message>
    <message>
        <source>Tasks that name no lead unit or person (%1): %2</source>
        <extracomment>Pages made in a work folder, by the document&apos;s content and resolution: previewed again (or printed after the preview) with nothing changed in between, the document is not converted again.</extracomment>
        <translation>Nhiệm vụ chưa ghi đơn vị hoặc người chủ trì (%1): %2</translation>
    </message>
    <message>
        <source>Tasks without a deadline (%1): %2</source>
        <translation>Nhiệm vụ chưa có thời hạn (%1): %2</translation>
    </message>
    <message>
        <source>Tasks that name no product (%1): %2</source>
        <translation>Nhiệm vụ chưa ghi sản phẩm (%1): %2</translation>
    </message>
    <message>
        <source>Figures that lack what their kind needs, e.g. the period a change is compared against (%1): %2</source>
        <translation>Số liệu còn thiếu thông tin theo loại, ví dụ kỳ so sánh của mức tăng, giảm (%1): %2</translation>
    </message>
    <message>
        <source>Contributions with neither a speaker nor text (%1): %2. Each is printed as one unnamed contribution.</source>
        <translation>Ý kiến phát biểu không có người phát biểu và nội dung (%1): %2. Mỗi ý kiến được in thành một ý kiến không ghi tên.</translation>
    </message>
    <message>
        <source>Blank conclusion points (%1): %2. They are left out.</source>
        <translation>Điểm kết luận để trống (%1): %2. Không được in.</translation>
    </message>
    <message>
        <source>Blank recommendations (%1): %2. They are left out.</source>
        <translation>Kiến nghị để trống (%1): %2. Không được in.</translation>
    </message>
</context>
<context>
    <name>FieldSaver</name>
    <message>
        <source>waiting for the database</source>
        <translation>đang chờ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Not saved yet: %1 What you typed is kept and saved as soon as the database accepts it.</source>
        <translation>Chưa lưu: %1 Nội dung đã gõ vẫn được giữ và sẽ được lưu ngay khi cơ sở dữ liệu cho phép ghi.</translation>
    </message>
</context>
<context>
    <name>FigureKinds</name>
    <message>
        <source>a value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>a percentage</source>
        <translation>tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>the period it is compared to</source>
        <translation>kỳ so sánh</translation>
    </message>
    <message>
        <source>a rank and the number ranked, as whole numbers</source>
        <translation>thứ hạng và số đơn vị được xếp hạng (số nguyên)</translation>
    </message>
    <message>
        <source>a rank between 1 and the number ranked</source>
        <translation>thứ hạng từ 1 đến số đơn vị được xếp hạng</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Against the plan</source>
        <translation>So với kế hoạch</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Tăng/giảm</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>To print it as this kind, it still needs: %1</source>
        <translation>Để in theo loại này, còn cần: %1</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>A figure needs a label.</source>
        <translation>Chỉ tiêu phải có tên.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Tỷ lệ (%)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Compared to</source>
        <translation>So với</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type it the Vietnamese way: 19.885.177.001 or 98,4.</source>
        <translation>“%1” không phải là số. Nhập theo cách viết tiếng Việt: 19.885.177.001 hoặc 98,4.</translation>
    </message>
    <message>
        <source>Type the label of a new figure here</source>
        <translation>Nhập tên chỉ tiêu mới tại đây</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search the tasks&apos; text (accents optional)…</source>
        <translation>Tìm trong nội dung nhiệm vụ (gõ có dấu hay không đều được)…</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>as lead only</source>
        <translation>chỉ khi chủ trì</translation>
    </message>
    <message>
        <source>Only tasks this unit leads, not those it coordinates</source>
        <translation>Chỉ các nhiệm vụ đơn vị này chủ trì, không tính nhiệm vụ phối hợp</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Mọi người</translation>
    </message>
    <message>
        <source>Any meeting</source>
        <translation>Mọi cuộc họp</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Mọi mức độ ưu tiên</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>&amp;Quá hạn</translation>
    </message>
    <message>
        <source>Due &amp;within</source>
        <translation>Đến hạn tr&amp;ong</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>Deadline &amp;from</source>
        <translation>Thời hạn từ &amp;ngày</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Bỏ lọc</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Cuộc họp:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Ưu tiên:</translation>
    </message>
</context>
<context>
    <name>FinaliseActions</name>
    <message>
        <source>&amp;Finalise minutes…</source>
        <translation>&amp;Hoàn thiện biên bản…</translation>
    </message>
    <message>
        <source>&amp;Amend minutes…</source>
        <translation>&amp;Sửa đổi biên bản…</translation>
    </message>
    <message>
        <source>&amp;Versions of the minutes…</source>
        <translation>&amp;Các phiên bản của biên bản…</translation>
    </message>
    <message>
        <source>Only a leader finalises and amends minutes.</source>
        <translation>Chỉ lãnh đạo mới hoàn thiện và sửa đổi biên bản.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Finalise the minutes “%1”? They become read-only and their content is recorded with a digest; later changes need an amendment with a reason.</source>
        <translation>Hoàn thiện biên bản “%1”? Biên bản sẽ chỉ đọc được và nội dung được lưu kèm mã kiểm tra; muốn thay đổi sau này phải lập bản sửa đổi có nêu lý do.</translation>
    </message>
    <message>
        <source>Finalise minutes</source>
        <translation>Hoàn thiện biên bản</translation>
    </message>
    <message>
        <source>Amend minutes</source>
        <translation>Sửa đổi biên bản</translation>
    </message>
    <message>
        <source>Why do the finalised minutes change? The reason is kept with the new version.</source>
        <translation>Vì sao sửa đổi biên bản đã hoàn thiện? Lý do được lưu cùng phiên bản mới.</translation>
    </message>
</context>
<context>
    <name>FinaliseBanner</name>
    <message>
        <source>You can read these minutes: your role (viewer) does not allow changing them.</source>
        <translation>Bạn có thể đọc biên bản này: vai trò của bạn (người xem) không được phép thay đổi biên bản.</translation>
    </message>
    <message>
        <source>You can read these minutes and report progress on your unit&apos;s tasks on the task board: your role (unit member) does not allow changing the minutes.</source>
        <translation>Bạn có thể đọc biên bản này và báo cáo tiến độ các nhiệm vụ của đơn vị mình trên bảng theo dõi nhiệm vụ: vai trò của bạn (thành viên đơn vị) không được phép thay đổi biên bản.</translation>
    </message>
    <message>
        <source>Finalised minutes, version %1, on %2 by %3. They are read-only: to change them, choose Meeting → Amend minutes… and give the reason.</source>
        <translation>Biên bản đã hoàn thiện, phiên bản %1, lúc %2, người hoàn thiện: %3. Biên bản chỉ đọc được: muốn thay đổi, chọn Cuộc họp → Sửa đổi biên bản… và nêu lý do.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome: your organisation</source>
        <extracomment>The fields asked for, in order (keys of the profile).</extracomment>
        <translation>Chào mừng: cơ quan, đơn vị của bạn</translation>
    </message>
    <message>
        <source>Documents (minutes, notices of conclusions, plans, reports) are printed under the name of your organisation. Give it as it is printed; everything can be changed later under Organisation profile.</source>
        <translation>Văn bản (biên bản, thông báo kết luận, kế hoạch, báo cáo) được in dưới tên cơ quan, đơn vị của bạn. Hãy ghi đúng như khi in; mọi thông tin đều có thể sửa sau trong mục Thông tin cơ quan ban hành.</translation>
    </message>
    <message>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <source>Party (Guidance 36-HD/VPTW)</source>
        <translation>Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>&amp;Superior body:</source>
        <translation>Cơ quan &amp;chủ quản:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>Cơ quan &amp;ban hành:</translation>
    </message>
    <message>
        <source>&amp;Place of the date line:</source>
        <translation>&amp;Địa danh ghi ngày tháng:</translation>
    </message>
    <message>
        <source>Issuer &amp;code of the numbers:</source>
        <translation>Chữ viết &amp;tắt trong số, ký hiệu:</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Thể thức:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
    <message>
        <source>Give the issuing body: it heads every document.</source>
        <translation>Hãy ghi tên cơ quan ban hành: tên này đứng đầu mọi văn bản.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Start a follow-up meeting</source>
        <extracomment>Carrying more tasks than this shows a progress dialog.</extracomment>
        <translation>Mở cuộc họp tiếp theo</translation>
    </message>
    <message>
        <source>Also the open tasks of the &amp;earlier meetings of this body</source>
        <translation>Cả các nhiệm vụ chưa xong của các cuộc họp &amp;trước của cơ quan này</translation>
    </message>
    <message>
        <source>This meeting has no organisation</source>
        <translation>Cuộc họp này không gắn với cơ quan nào</translation>
    </message>
    <message>
        <source>After:</source>
        <translation>Sau cuộc họp:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên cuộc họp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Bỏ chọn tất cả</translation>
    </message>
    <message numerus="yes">
        <source>The first section, “%1”, will review %n of the %2 open task(s) listed:</source>
        <translation>
            <numerusform>Phần đầu tiên, “%1”, sẽ rà soát %n trong số %2 nhiệm vụ chưa hoàn thành dưới đây:</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the new meeting its own title (the earlier one&apos;s is kept as it was).</source>
        <translation>Hãy đặt tên riêng cho cuộc họp mới (tên cuộc họp trước giữ nguyên).</translation>
    </message>
    <message>
        <source>Carrying the tasks over…</source>
        <translation>Đang chuyển các nhiệm vụ sang…</translation>
    </message>
    <message>
        <source>Give the meeting a title.</source>
        <translation>Hãy đặt tên cho cuộc họp.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>What the meeting is about, as it will head the minutes</source>
        <translation>Nội dung cuộc họp, như sẽ ghi ở đầu biên bản</translation>
    </message>
    <message>
        <source>e.g. 05-BB/QU</source>
        <translation>Ví dụ: 05-BB/QU</translation>
    </message>
    <message>
        <source>e.g. Meeting room 1, District Party Committee</source>
        <translation>Ví dụ: Phòng họp số 1, trụ sở Quận ủy</translation>
    </message>
    <message>
        <source>Anything the minutes should mention that has no field</source>
        <translation>Những nội dung khác cần ghi vào biên bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Hình thức cuộc họp</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>Reference no.</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cuộc họp tới</translation>
    </message>
    <message>
        <source>Document dates</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>General information</source>
        <translation>Thông tin chung</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(chưa chọn)</translation>
    </message>
    <message>
        <source>Add people to the attendance below to choose the chair and the secretary.</source>
        <translation>Thêm người vào thành phần tham dự bên dưới để chọn chủ trì và thư ký.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>Xuất và in</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Open the meeting in the list on the left (Ctrl+L finds it by title, accents optional).</source>
        <translation>Mở cuộc họp trong danh sách bên trái (Ctrl+L tìm theo tên, gõ có dấu hay không dấu đều được).</translation>
    </message>
    <message>
        <source>Choose Official documents… (Ctrl+P): the minutes, the notice of conclusions, the task plan or the status report.</source>
        <translation>Chọn Văn bản chính thức… (Ctrl+P): biên bản, thông báo kết luận, kế hoạch thực hiện nhiệm vụ hoặc báo cáo tình hình.</translation>
    </message>
    <message>
        <source>Choose the layout (State, Party or Plain), the number and the date of issue.</source>
        <translation>Chọn thể thức (Nhà nước, Đảng hoặc Thông thường), số văn bản và ngày ban hành.</translation>
    </message>
    <message>
        <source>Export writes a DOCX file (or a PDF when LibreOffice is installed); Preview shows the pages first; Print… sends them to a printer.</source>
        <translation>Xuất ghi ra tệp DOCX (hoặc PDF khi máy có LibreOffice); Xem trước hiển thị các trang trước khi in; In… gửi văn bản tới máy in.</translation>
    </message>
    <message>
        <source>The first document asks for the organisation profile: the names, codes and signers printed on it. Change it later under Organisation profile…</source>
        <translation>Lần xuất văn bản đầu tiên sẽ hỏi thông tin cơ quan ban hành: tên, chữ viết tắt và người ký in trên văn bản. Có thể sửa sau trong mục Thông tin cơ quan ban hành…</translation>
    </message>
    <message>
        <source>How to export and print</source>
        <translation>Cách xuất và in văn bản</translation>
    </message>
    <message>
        <source>The task board exports the tasks shown to a spreadsheet, a calendar or a status report.</source>
        <translation>Bảng nhiệm vụ xuất các nhiệm vụ đang hiển thị ra bảng tính, lịch hoặc báo cáo tình hình.</translation>
    </message>
    <message>
        <source>File → Export meeting to file… writes a JSON file another computer can import.</source>
        <translation>Tệp → Xuất cuộc họp ra tệp… ghi ra tệp JSON để máy khác nhập vào.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>When</source>
        <translation>Lúc</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Việc gì</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>added</source>
        <translation>đã thêm</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>đã xóa</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Mục chương trình</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần dự họp</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Version of the minutes</source>
        <translation>Phiên bản biên bản</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Group of recommendations</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Task event</source>
        <translation>Sự kiện của nhiệm vụ</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Coordinating unit</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Carried-over task</source>
        <translation>Nhiệm vụ chuyển tiếp</translation>
    </message>
    <message>
        <source>text</source>
        <translation>nội dung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <source>deadline (end)</source>
        <translation>thời hạn (kết thúc)</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>tiến độ</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>mức ưu tiên</translation>
    </message>
    <message>
        <source>expected product</source>
        <translation>sản phẩm dự kiến</translation>
    </message>
    <message>
        <source>lead unit</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <source>coordinating units</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>completed on</source>
        <translation>ngày hoàn thành</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>place</source>
        <translation>địa điểm</translation>
    </message>
    <message>
        <source>start</source>
        <translation>bắt đầu</translation>
    </message>
    <message>
        <source>role</source>
        <translation>vai trò</translation>
    </message>
    <message>
        <source>position</source>
        <translation>vị trí</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>người phát biểu</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>deleted with</source>
        <translation>bị xóa cùng</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Who changed what in this meeting, and when</source>
        <translation>Ai đã thay đổi gì trong cuộc họp này, và khi nào</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: at character %2, «%3» → «%4» (%5 → %6 characters)</source>
        <translation>%1: tại ký tự thứ %2, «%3» → «%4» (%5 → %6 ký tự)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the meeting</source>
        <extracomment>Texts longer than this are shown as the words that changed. Words of context kept on each side of a change.</extracomment>
        <translation>Lịch sử thay đổi của cuộc họp</translation>
    </message>
    <message>
        <source>History of the task</source>
        <translation>Lịch sử thay đổi của nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <source>Import &amp;minutes…</source>
        <translation>Nhập &amp;biên bản…</translation>
    </message>
    <message>
        <source>Read Word minutes or notices (.docx, .doc, .odt) into meetings, reviewing them first</source>
        <translation>Đọc biên bản, thông báo bằng Word (.docx, .doc, .odt) thành cuộc họp, rà soát trước khi lưu</translation>
    </message>
    <message>
        <source>Import a &amp;folder of minutes…</source>
        <translation>Nhập cả &amp;thư mục biên bản…</translation>
    </message>
    <message>
        <source>Import every Word document of a folder (and its subfolders) in the background</source>
        <translation>Nhập mọi văn bản Word trong một thư mục (kể cả thư mục con), chạy nền</translation>
    </message>
    <message>
        <source>Imports to re&amp;view…</source>
        <translation>Văn bản nhập chờ &amp;rà soát…</translation>
    </message>
    <message>
        <source>The imported documents no one has reviewed yet</source>
        <translation>Các văn bản đã nhập nhưng chưa ai rà soát</translation>
    </message>
    <message>
        <source>Import a folder of minutes</source>
        <translation>Nhập cả thư mục biên bản</translation>
    </message>
    <message>
        <source>Import minutes</source>
        <translation>Nhập biên bản</translation>
    </message>
    <message>
        <source>Word documents (%1)</source>
        <translation>Văn bản Word (%1)</translation>
    </message>
    <message>
        <source>Reading the original of meeting %1…</source>
        <translation>Đang đọc bản gốc của cuộc họp %1…</translation>
    </message>
    <message>
        <source>Meeting %1 saved from the reviewed document</source>
        <translation>Đã lưu cuộc họp %1 từ văn bản đã rà soát</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
</context>
<context>
    <name>ImportBatch</name>
    <message>
        <source>Not imported: cancelled</source>
        <translation>Không nhập: đã hủy</translation>
    </message>
    <message>
        <source>unexpected error; see the log</source>
        <translation>lỗi không lường trước; xem nhật ký</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>Cần kiểm tra: %1</translation>
    </message>
    <message>
        <source>Imported as meeting %1</source>
        <translation>Đã nhập thành cuộc họp %1</translation>
    </message>
    <message>
        <source>Already imported: meeting %1</source>
        <translation>Đã nhập trước đó: cuộc họp %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Không nhập: %1</translation>
    </message>
    <message>
        <source>Imported on %1 by %2</source>
        <translation>Nhập lúc %1, người nhập %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <source>Reviewed: meeting %1</source>
        <translation>Đã rà soát: cuộc họp %1</translation>
    </message>
</context>
<context>
    <name>ImportBatchDialog</name>
    <message>
        <source>Import minutes</source>
        <translation>Nhập biên bản</translation>
    </message>
    <message>
        <source>Looking for documents…</source>
        <translation>Đang tìm văn bản…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop after the document being read (Esc)</source>
        <translation>Dừng sau văn bản đang đọc (Esc)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <source>Stopping after the document being read…</source>
        <translation>Đang dừng sau văn bản đang đọc…</translation>
    </message>
    <message>
        <source>Reading %1 of %2: %3</source>
        <translation>Đang đọc %1/%2: %3</translation>
    </message>
    <message>
        <source>Stopped: the files not read yet were not imported.</source>
        <translation>Đã dừng: các tệp chưa đọc không được nhập.</translation>
    </message>
    <message>
        <source>%1 file(s): %2 imported, %3 already imported before, %4 not imported, %5 cancelled. %6 to review: choose one and press Enter.</source>
        <translation>%1 tệp: %2 đã nhập, %3 đã nhập từ trước, %4 không nhập được, %5 đã hủy. %6 cần rà soát: chọn một tệp và nhấn Enter.</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Rà soát…</translation>
    </message>
    <message>
        <source>Open the chosen document beside its recognised meeting (Enter)</source>
        <translation>Mở văn bản đã chọn bên cạnh cuộc họp nhận dạng được (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>No title was found: the file name is used.</source>
        <translation>Không tìm thấy tên cuộc họp: dùng tên tệp.</translation>
    </message>
    <message>
        <source>No attendance list was found.</source>
        <translation>Không tìm thấy danh sách thành phần tham dự.</translation>
    </message>
    <message>
        <source>No organisation was found in the header.</source>
        <translation>Không tìm thấy cơ quan ban hành ở phần đầu văn bản.</translation>
    </message>
    <message>
        <source>No meeting date was found: the date of the document is used.</source>
        <translation>Không tìm thấy ngày họp: dùng ngày của văn bản.</translation>
    </message>
    <message>
        <source>The meeting date is a guess: check it.</source>
        <translation>Ngày họp là phỏng đoán: hãy kiểm tra.</translation>
    </message>
    <message>
        <source>No meeting date was found: type it before saving.</source>
        <translation>Không tìm thấy ngày họp: hãy nhập ngày trước khi lưu.</translation>
    </message>
    <message>
        <source>Put the cursor of the editor where the item should be split, then press Ctrl+Return.</source>
        <translation>Đặt con trỏ trong ô sửa tại chỗ cần tách, rồi nhấn Ctrl+Return.</translation>
    </message>
    <message>
        <source>There is no next item in this list to merge with.</source>
        <translation>Không có mục tiếp theo trong danh sách này để gộp.</translation>
    </message>
    <message>
        <source>Not a date yet: type it as 05/03/2019.</source>
        <translation>Chưa phải ngày hợp lệ: nhập theo dạng 05/03/2019.</translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation>Cuộc họp cần có ngày.</translation>
    </message>
    <message>
        <source>Not a deadline yet: type it as the document would, e.g. 15/04/2023, quý II/2023.</source>
        <translation>Chưa phải thời hạn: gõ như văn bản ghi, ví dụ 15/04/2023, quý II/2023.</translation>
    </message>
    <message>
        <source>In brackets after the name: (vắng: reason), (đến muộn) or nothing for present.</source>
        <translation>Trong ngoặc sau tên: (vắng: lý do), (đến muộn), hoặc để trống nếu có mặt.</translation>
    </message>
    <message>
        <source>The attendee needs a name.</source>
        <translation>Người dự họp cần có họ tên.</translation>
    </message>
    <message>
        <source>Not a kind of conclusion: type conclusion, assessment, directive, decision or resolution.</source>
        <translation>Không phải loại kết luận: gõ kết luận, đánh giá, chỉ đạo, quyết định hoặc nghị quyết.</translation>
    </message>
    <message>
        <source>Not votes yet: type them as the document would, e.g. 17/17 tán thành, 0 không tán thành.</source>
        <translation>Chưa phải kết quả biểu quyết: gõ như văn bản ghi, ví dụ 17/17 tán thành, 0 không tán thành.</translation>
    </message>
    <message>
        <source>More votes cast than members who could vote.</source>
        <translation>Số phiếu nhiều hơn số người được biểu quyết.</translation>
    </message>
    <message>
        <source>Choose the recommendation the new group starts with, then press Ctrl+G.</source>
        <translation>Hãy chọn kiến nghị mở đầu nhóm mới, rồi nhấn Ctrl+G.</translation>
    </message>
    <message>
        <source>Choose the line of the document the attendee is on first, then press Insert.</source>
        <translation>Hãy chọn dòng của văn bản có người dự họp đó trước, rồi nhấn Insert.</translation>
    </message>
    <message>
        <source>Choose a report or one of its figures first: Insert adds a figure to it.</source>
        <translation>Hãy chọn trước một báo cáo hoặc một số liệu của báo cáo: phím Insert thêm số liệu vào báo cáo đó.</translation>
    </message>
    <message>
        <source>Delete removes a figure, or moves a contribution, conclusion, recommendation or task to the notes: choose one first.</source>
        <translation>Phím Delete xóa một số liệu, hoặc chuyển một ý kiến phát biểu, kết luận, kiến nghị, nhiệm vụ sang ghi chú: hãy chọn một mục trước.</translation>
    </message>
    <message>
        <source>A figure is empty or not readable yet: type it as Label: value, or delete it (Delete), before saving.</source>
        <translation>Có số liệu còn trống hoặc chưa đọc được: gõ theo dạng Chỉ tiêu: số, hoặc xóa số liệu đó (Delete) trước khi lưu.</translation>
    </message>
    <message>
        <source>Not a figure yet: type it as the document would, e.g. Thu ngân sách: 2.345.600.000 đồng, đạt 18,5%.</source>
        <translation>Chưa phải số liệu: gõ như văn bản ghi, ví dụ Thu ngân sách: 2.345.600.000 đồng, đạt 18,5%.</translation>
    </message>
    <message>
        <source>Name - title (vắng: reason) or (đến muộn)</source>
        <translation>Họ tên - chức vụ (vắng: lý do) hoặc (đến muộn)</translation>
    </message>
    <message>
        <source>Name - title of the speaker, an attendee&apos;s name, or who spoke (Các ban, ngành)</source>
        <translation>Họ tên - chức vụ người phát biểu, tên một người dự họp, hoặc bên phát biểu (Các ban, ngành)</translation>
    </message>
    <message>
        <source>Lead unit (Name - title, Name - title of its people)</source>
        <translation>Đơn vị chủ trì (Họ tên - chức vụ, Họ tên - chức vụ của người được giao)</translation>
    </message>
    <message>
        <source>Deadline as written: 15/04/2023, trước ngày …, quý II/2023</source>
        <translation>Thời hạn như văn bản ghi: 15/04/2023, trước ngày …, quý II/2023</translation>
    </message>
    <message>
        <source>Title of the group of recommendations</source>
        <translation>Tên nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Kind: conclusion, assessment, directive, decision or resolution</source>
        <translation>Loại: kết luận, đánh giá, chỉ đạo, quyết định hoặc nghị quyết</translation>
    </message>
    <message>
        <source>Votes as written: 17/17 tán thành, 0 không tán thành, 0 không biểu quyết (empty: none)</source>
        <translation>Biểu quyết như văn bản ghi: 17/17 tán thành, 0 không tán thành, 0 không biểu quyết (để trống: không có)</translation>
    </message>
    <message>
        <source>Coordinating units, separated by commas</source>
        <translation>Các đơn vị phối hợp, cách nhau bằng dấu phẩy</translation>
    </message>
    <message>
        <source>Expected product (a report, a plan …)</source>
        <translation>Sản phẩm dự kiến (báo cáo, kế hoạch …)</translation>
    </message>
    <message>
        <source>Label: value unit, đạt percent% (note), e.g. Cấp giấy phép: 14/15 hồ sơ</source>
        <translation>Chỉ tiêu: số đơn vị tính, đạt tỷ lệ% (ghi chú), ví dụ Cấp giấy phép: 14/15 hồ sơ</translation>
    </message>
    <message>
        <source>Capacity lines separated by - , a colon, the name: T/M ỦY BAN NHÂN DÂN - CHỦ TỊCH: Name</source>
        <translation>Các dòng chức danh cách nhau bởi - , dấu hai chấm, rồi họ tên: T/M ỦY BAN NHÂN DÂN - CHỦ TỊCH: Họ tên</translation>
    </message>
    <message>
        <source>Title of the report</source>
        <translation>Tên báo cáo</translation>
    </message>
    <message>
        <source>Name - title of the presenter, or an attendee&apos;s name (empty: none)</source>
        <translation>Họ tên - chức vụ người báo cáo, hoặc tên một người dự họp (để trống: không có)</translation>
    </message>
    <message>
        <source>Summary of the report, one paragraph a line</source>
        <translation>Tóm tắt báo cáo, mỗi đoạn một dòng</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Notes (text that fits no field)</source>
        <translation>Ghi chú (nội dung không thuộc mục nào)</translation>
    </message>
    <message>
        <source>Superior body</source>
        <translation>Cơ quan cấp trên</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Hình thức cuộc họp</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Contributions stated</source>
        <translation>Số ý kiến phát biểu ghi trong văn bản</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cuộc họp tiếp theo</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <source>Coordinating</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Expected product</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>conclusion</source>
        <extracomment>A conclusion&apos;s kind as the screen names it (what is typed back is read by ``rv.CONCLUSION_KINDS``, which knows the Vietnamese and English words).</extracomment>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>directive</source>
        <translation>chỉ đạo</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>quyết định</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>nghị quyết</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>vắng</translation>
    </message>
    <message>
        <source>late</source>
        <translation>đến muộn</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(báo cáo chưa có tên)</translation>
    </message>
    <message>
        <source>(new figure: press F2 and type it)</source>
        <translation>(số liệu mới: nhấn F2 rồi gõ)</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Signatures and recipients</source>
        <translation>Chữ ký và nơi nhận</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Not sure (%1%): check it against the document.</source>
        <translation>Chưa chắc chắn (%1%): hãy đối chiếu với văn bản.</translation>
    </message>
    <message>
        <source>(untitled group)</source>
        <translation>(nhóm không có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>ImportReviewWindow</name>
    <message>
        <source>Review the import of %1</source>
        <translation>Rà soát văn bản nhập %1</translation>
    </message>
    <message>
        <source>Choose an item of the meeting to correct its text (F2)</source>
        <translation>Chọn một mục của cuộc họp để sửa nội dung (F2)</translation>
    </message>
    <message>
        <source>&amp;Document: %1</source>
        <translation>&amp;Văn bản: %1</translation>
    </message>
    <message>
        <source>Recognised &amp;meeting (⚠: not sure, check it)</source>
        <translation>&amp;Cuộc họp nhận dạng được (⚠: chưa chắc chắn, hãy kiểm tra)</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+S)</source>
        <translation>&amp;Lưu (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>F2 edit (an attendee, a speaker, a conclusion&apos;s kind or votes, a task&apos;s lead, deadline, coordinating units or product, a group&apos;s title, a report&apos;s title, presenter or summary, a figure: choose it, F2) · Ins add a figure to the report (from the chosen line of the document); elsewhere a report made of the chosen lines · Del delete a figure or a report (its text goes to the notes) · Alt+↑/↓ move · Alt+1…5 move to contributions, conclusions, recommendations, tasks, notes · Alt+6 make it an attendee (Ins on the attendees: from the chosen line; Del deletes one) · Ctrl+G a new group of recommendations from the chosen one (Ctrl+J on a group merges it with the next) · Ctrl+Return split at the cursor · Ctrl+J merge with the next</source>
        <translation>F2 sửa (người dự họp, người phát biểu, loại hoặc biểu quyết của kết luận, đơn vị chủ trì, thời hạn, đơn vị phối hợp hoặc sản phẩm của nhiệm vụ, tên nhóm kiến nghị, tên, người báo cáo hoặc tóm tắt của báo cáo, số liệu: chọn mục đó, F2) · Ins thêm số liệu vào báo cáo (từ dòng đang chọn của văn bản); ở chỗ khác thêm báo cáo từ các dòng đang chọn · Del xóa số liệu hoặc báo cáo (nội dung chuyển sang ghi chú) · Alt+↑/↓ di chuyển · Alt+1…5 chuyển sang ý kiến phát biểu, kết luận, kiến nghị, nhiệm vụ, ghi chú · Alt+6 chuyển thành người dự họp (Ins trên danh sách người dự họp: từ dòng đang chọn; Del xóa một người) · Ctrl+G tạo nhóm kiến nghị mới từ kiến nghị đang chọn (Ctrl+J trên một nhóm: gộp với nhóm sau) · Ctrl+Return tách tại con trỏ · Ctrl+J gộp với mục sau</translation>
    </message>
    <message>
        <source>Edit the item</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Move to list %1</source>
        <translation>Chuyển sang danh sách %1</translation>
    </message>
    <message>
        <source>Split at the cursor</source>
        <translation>Tách tại con trỏ</translation>
    </message>
    <message>
        <source>Merge with the next</source>
        <translation>Gộp với mục sau</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Make it an attendee</source>
        <translation>Chuyển thành người dự họp</translation>
    </message>
    <message>
        <source>A new group of recommendations from this one</source>
        <translation>Tạo nhóm kiến nghị mới từ kiến nghị này</translation>
    </message>
    <message>
        <source>Add a figure to the report, or a report</source>
        <translation>Thêm số liệu vào báo cáo, hoặc thêm báo cáo</translation>
    </message>
    <message>
        <source>Delete the figure or report (its text goes to the notes)</source>
        <translation>Xóa số liệu hoặc báo cáo (nội dung chuyển sang ghi chú)</translation>
    </message>
    <message>
        <source>Choose a note or another item that names an attendee first.</source>
        <translation>Hãy chọn trước một ghi chú hoặc một mục có tên người dự họp.</translation>
    </message>
    <message>
        <source>A report was added from %1 line(s) of the document: ↓ to its title, presenter and summary (F2), Insert on it adds a figure, Delete deletes it.</source>
        <translation>Đã thêm báo cáo từ %1 dòng của văn bản: ↓ đến tên, người báo cáo và tóm tắt (F2); Insert trên báo cáo thêm số liệu, Delete xóa báo cáo.</translation>
    </message>
    <message>
        <source>The signature was deleted; its words are kept in the notes.</source>
        <translation>Đã xóa chữ ký; nội dung được giữ trong ghi chú.</translation>
    </message>
    <message>
        <source>The attendee was deleted; the line is kept in the notes.</source>
        <translation>Đã xóa người dự họp; dòng đó được giữ trong ghi chú.</translation>
    </message>
    <message>
        <source>The report was deleted; its text is kept in the notes.</source>
        <translation>Đã xóa báo cáo; nội dung được giữ trong ghi chú.</translation>
    </message>
    <message>
        <source>The figure was deleted; its text is kept in the notes.</source>
        <translation>Đã xóa số liệu; nội dung được giữ trong ghi chú.</translation>
    </message>
    <message>
        <source>Choose a contribution, conclusion, recommendation, task or note first.</source>
        <translation>Hãy chọn trước một ý kiến phát biểu, kết luận, kiến nghị, nhiệm vụ hoặc ghi chú.</translation>
    </message>
    <message>
        <source>%1 part(s) marked ⚠ are not sure: check them.</source>
        <translation>%1 mục đánh dấu ⚠ chưa chắc chắn: hãy kiểm tra.</translation>
    </message>
    <message>
        <source>⚠ Meeting %1 was changed after it was imported: saving the review replaces it with what you see here.</source>
        <translation>⚠ Cuộc họp %1 đã được sửa sau khi nhập: lưu bản rà soát sẽ thay nó bằng nội dung đang hiển thị.</translation>
    </message>
    <message>
        <source>Everything was recognised with confidence; check and save.</source>
        <translation>Mọi nội dung đều nhận dạng chắc chắn; hãy kiểm tra rồi lưu.</translation>
    </message>
    <message>
        <source>The meeting needs a date: choose “Meeting date” and type it.</source>
        <translation>Cuộc họp cần có ngày: chọn “Ngày họp” và nhập ngày.</translation>
    </message>
    <message>
        <source>Meeting %1 was changed after it was imported. Replace it with the reviewed document?</source>
        <translation>Cuộc họp %1 đã được sửa sau khi nhập. Thay nó bằng văn bản đã rà soát?</translation>
    </message>
    <message>
        <source>Close without saving your corrections?</source>
        <translation>Đóng mà không lưu các chỗ đã sửa?</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Chỉ đạo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(không thuộc nội dung nào)</translation>
    </message>
    <message>
        <source>How many opinions this row stands for: 2 with no words recorded prints “02 ý kiến”</source>
        <translation>Số ý kiến mà dòng này ghi nhận: 2 ý kiến không ghi nội dung sẽ in “02 ý kiến”</translation>
    </message>
    <message>
        <source>number of opinions</source>
        <translation>số ý kiến</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Tán thành:</translation>
    </message>
    <message>
        <source>Against:</source>
        <translation>Không tán thành:</translation>
    </message>
    <message>
        <source>Abstaining:</source>
        <translation>Không biểu quyết:</translation>
    </message>
    <message>
        <source>Of:</source>
        <translation>Trên tổng số:</translation>
    </message>
    <message>
        <source>kind of conclusion</source>
        <translation>loại kết luận</translation>
    </message>
    <message>
        <source>Agenda item:</source>
        <translation>Nội dung chương trình:</translation>
    </message>
    <message>
        <source>Opinions:</source>
        <translation>Số ý kiến:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>biểu quyết</translation>
    </message>
    <message>
        <source>(%1 opinions, no words recorded)</source>
        <translation>(%1 ý kiến, không ghi nội dung)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>nội dung chương trình</translation>
    </message>
    <message>
        <source>(%1 opinions) %2</source>
        <translation>(%1 ý kiến) %2</translation>
    </message>
    <message>
        <source>%1 votes cast are more than the %2 who could vote. Check the numbers.</source>
        <translation>%1 phiếu biểu quyết nhiều hơn %2 người được biểu quyết. Hãy kiểm tra lại số liệu.</translation>
    </message>
</context>
<context>
    <name>LinkedTasks</name>
    <message numerus="yes">
        <source>%n task(s) came from this item:</source>
        <translation>
            <numerusform>Có %n nhiệm vụ được giao từ mục này:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… và %n nhiệm vụ khác</numerusform>
        </translation>
    </message>
    <message>
        <source>The tasks stay and keep the item&apos;s words, but will no longer be linked to it. Delete it?</source>
        <translation>Các nhiệm vụ này vẫn được giữ lại cùng nội dung của mục, nhưng sẽ không còn liên kết với mục đó. Xóa mục này?</translation>
    </message>
</context>
<context>
    <name>MainActions</name>
    <message>
        <source>&amp;Save now</source>
        <extracomment>File → Backups… was chosen (minutes.ui.session opens the dialog: it can reopen the database).</extracomment>
        <translation>&amp;Lưu ngay</translation>
    </message>
    <message>
        <source>Save everything typed so far at once (it is also saved automatically)</source>
        <translation>Lưu ngay mọi nội dung đã nhập (nội dung cũng được lưu tự động)</translation>
    </message>
    <message>
        <source>&amp;Import meeting from file…</source>
        <translation>&amp;Nhập cuộc họp từ tệp…</translation>
    </message>
    <message>
        <source>Add a meeting from a JSON interchange file</source>
        <translation>Thêm cuộc họp từ tệp trao đổi JSON</translation>
    </message>
    <message>
        <source>&amp;Export meeting to file…</source>
        <translation>&amp;Xuất cuộc họp ra tệp…</translation>
    </message>
    <message>
        <source>Write the open meeting to a JSON interchange file</source>
        <translation>Ghi cuộc họp đang mở ra tệp trao đổi JSON</translation>
    </message>
    <message>
        <source>Load the &amp;example meeting</source>
        <translation>Nạp cuộc họp &amp;mẫu</translation>
    </message>
    <message>
        <source>Add the example meeting (Long Biên, 19/01/2021)</source>
        <translation>Thêm cuộc họp mẫu (Long Biên, ngày 19/01/2021)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sao lưu…</translation>
    </message>
    <message>
        <source>See the backups of the database, make one now or restore one</source>
        <translation>Xem các bản sao lưu của cơ sở dữ liệu, tạo bản sao lưu ngay hoặc khôi phục một bản</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>Save everything and close the application</source>
        <translation>Lưu mọi nội dung và đóng ứng dụng</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find a meeting</source>
        <translation>&amp;Tìm cuộc họp</translation>
    </message>
    <message>
        <source>Search the meetings list by title, place or number, accents optional</source>
        <translation>Tìm trong danh sách cuộc họp theo tiêu đề, địa điểm hoặc số, ký hiệu; gõ có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>Cuộc họp &amp;mới</translation>
    </message>
    <message>
        <source>Start the minutes of a new meeting</source>
        <translation>Bắt đầu ghi biên bản một cuộc họp mới</translation>
    </message>
    <message>
        <source>&amp;Delete meeting…</source>
        <translation>&amp;Xóa cuộc họp…</translation>
    </message>
    <message>
        <source>Delete the open meeting and everything recorded in it</source>
        <translation>Xóa cuộc họp đang mở và toàn bộ nội dung đã ghi</translation>
    </message>
    <message>
        <source>&amp;Previous meeting in the list</source>
        <translation>Cuộc họp &amp;trước trong danh sách</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting in the list</source>
        <translation>Cuộc họp &amp;sau trong danh sách</translation>
    </message>
    <message>
        <source>Go to this part of the minutes</source>
        <translation>Chuyển đến phần này của biên bản</translation>
    </message>
    <message>
        <source>Meetings &amp;list</source>
        <translation>&amp;Danh sách cuộc họp</translation>
    </message>
    <message>
        <source>Show or hide the meetings list</source>
        <translation>Hiện hoặc ẩn danh sách cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Toàn màn hình</translation>
    </message>
    <message>
        <source>Show the application in Vietnamese from the next start</source>
        <translation>Hiển thị tiếng Việt từ lần khởi động sau</translation>
    </message>
    <message>
        <source>Show the application in English from the next start</source>
        <translation>Hiển thị tiếng Anh từ lần khởi động sau</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>&amp;About Minutes</source>
        <translation>&amp;Giới thiệu Biên bản</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Cuộc họp</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>Công &amp;việc</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>Thanh &amp;công cụ</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Thiết lập…</translation>
    </message>
    <message>
        <source>Language, database, backups, autosave, document layout and reminders</source>
        <translation>Ngôn ngữ, cơ sở dữ liệu, sao lưu, tự động lưu, thể thức văn bản và nhắc việc</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <source>How to export and print, and every keyboard shortcut</source>
        <translation>Cách xuất và in văn bản, và mọi phím tắt</translation>
    </message>
    <message>
        <source>Settings saved. The language and the database change at the next start.</source>
        <translation>Đã lưu thiết lập. Ngôn ngữ và cơ sở dữ liệu thay đổi từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>The undo also changed: %1.</source>
        <translation>Thao tác hoàn tác cũng đã thay đổi: %1.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Hoàn tác: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Làm lại: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Minutes</source>
        <extracomment>A damaged database met while the window works (minutes.ui.session offers a backup). True once someone handles ``damaged`` (the session); else the damage is only said in words.</extracomment>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Delete “%1” and everything recorded in it (attendance, contributions, conclusions, recommendations and tasks)? This cannot be undone.</source>
        <translation>Xóa cuộc họp “%1” cùng toàn bộ nội dung đã ghi (thành phần tham dự, ý kiến phát biểu, kết luận, kiến nghị và nhiệm vụ)? Thao tác này không hoàn tác được.</translation>
    </message>
    <message>
        <source>Load the example meeting</source>
        <translation>Nạp cuộc họp mẫu</translation>
    </message>
    <message>
        <source>The database already holds meetings. Load the example meeting as one more meeting?</source>
        <translation>Cơ sở dữ liệu đã có cuộc họp. Nạp thêm cuộc họp mẫu thành một cuộc họp nữa?</translation>
    </message>
    <message>
        <source>Import meeting</source>
        <translation>Nhập cuộc họp</translation>
    </message>
    <message>
        <source>Meeting imported from %1</source>
        <translation>Đã nhập cuộc họp từ %1</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Xuất cuộc họp</translation>
    </message>
    <message>
        <source>Meeting written to %1</source>
        <translation>Đã ghi cuộc họp ra %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1.

The database does not accept the text at the moment. If you close now, the text is kept on this computer and offered back at the next start. Close anyway?</source>
        <translation>Chưa lưu: %1.

Hiện cơ sở dữ liệu chưa nhận nội dung này. Nếu đóng bây giờ, nội dung được giữ trên máy này và sẽ được đề nghị khôi phục ở lần mở sau. Vẫn đóng?</translation>
    </message>
    <message>
        <source>Not saved yet: %1.

The text is kept and saved as soon as the database accepts it, also after you open another meeting. Open the other meeting anyway?</source>
        <translation>Chưa lưu: %1.

Nội dung vẫn được giữ và sẽ được lưu ngay khi cơ sở dữ liệu cho phép ghi, kể cả khi bạn mở cuộc họp khác. Vẫn mở cuộc họp khác?</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Meeting files (*.json)</source>
        <translation>Tệp cuộc họp (*.json)</translation>
    </message>
    <message>
        <source>About Minutes</source>
        <translation>Giới thiệu Biên bản</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Minutes %1&lt;/h3&gt;&lt;p&gt;Meeting minutes and task tracking for formal meetings of government and Party bodies.&lt;/p&gt;&lt;p&gt;Everything you type is saved as you type; after an unexpected stop the next start offers to restore unsaved text.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Biên bản %1&lt;/h3&gt;&lt;p&gt;Ghi biên bản cuộc họp và theo dõi thực hiện nhiệm vụ sau cuộc họp của cơ quan nhà nước, tổ chức Đảng.&lt;/p&gt;&lt;p&gt;Mọi nội dung được lưu ngay khi nhập; nếu ứng dụng dừng đột ngột, lần khởi động sau sẽ đề nghị khôi phục nội dung chưa lưu.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The language changes the next time the application starts.</source>
        <translation>Ngôn ngữ sẽ thay đổi từ lần khởi động ứng dụng tiếp theo.</translation>
    </message>
    <message>
        <source>%1 - Minutes</source>
        <translation>%1 - Biên bản</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Open tasks: %1/%2</source>
        <translation>Nhiệm vụ chưa hoàn thành: %1/%2</translation>
    </message>
    <message>
        <source>no tasks</source>
        <translation>chưa có nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>MeetingListPane</name>
    <message>
        <source>Search meetings (accents optional)</source>
        <extracomment>More meetings than this in one notice: the whole list is read instead.</extracomment>
        <translation>Tìm cuộc họp (gõ có dấu hoặc không dấu)</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>No meeting matches “%1”.</source>
        <translation>Không có cuộc họp nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Tìm thấy: %1</translation>
    </message>
    <message>
        <source>Meetings: %1</source>
        <translation>Số cuộc họp: %1</translation>
    </message>
    <message>
        <source>No meetings yet.
Press Ctrl+N to record the first one.</source>
        <translation>Chưa có cuộc họp nào.
Nhấn Ctrl+N để ghi biên bản cuộc họp đầu tiên.</translation>
    </message>
</context>
<context>
    <name>MeetingSchedule</name>
    <message>
        <source>to the day</source>
        <translation>đủ ngày</translation>
    </message>
    <message>
        <source>month only</source>
        <translation>chỉ tháng</translation>
    </message>
    <message>
        <source>Known only by its month: the documents print “tháng 01/2023”</source>
        <translation>Chỉ biết tháng: văn bản in “tháng 01/2023”</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Đã dự kiến</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Note, e.g. what it will discuss</source>
        <translation>Ghi chú, ví dụ: nội dung sẽ bàn</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Độ chính xác của ngày họp</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Cuộc họp tới</translation>
    </message>
    <message>
        <source>Time of the next meeting</source>
        <translation>Giờ họp lần tới</translation>
    </message>
    <message>
        <source>Place of the next meeting</source>
        <translation>Địa điểm họp lần tới</translation>
    </message>
    <message>
        <source>Note on the next meeting</source>
        <translation>Ghi chú về cuộc họp tới</translation>
    </message>
    <message>
        <source>The next meeting cannot be before this one (%1).</source>
        <translation>Cuộc họp tới không thể trước cuộc họp này (%1).</translation>
    </message>
</context>
<context>
    <name>NewPersonRow</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Title (e.g. Phó Chủ tịch UBND phường)</source>
        <translation>Chức vụ (ví dụ: Phó Chủ tịch UBND phường)</translation>
    </message>
    <message>
        <source>Unit (type to search or create)</source>
        <translation>Đơn vị (gõ để tìm hoặc tạo mới)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Add this person to the directory and to the roll call (Enter)</source>
        <translation>Thêm người này vào danh bạ và danh sách tham dự (Enter)</translation>
    </message>
    <message>
        <source>New person:</source>
        <translation>Người mới:</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Click a bar to list those tasks on the board.</source>
        <extracomment>Every state the chips count, each its own colour, so a unit&apos;s bars add up to what the chips say (issue 15 item 15: &quot;not started&quot; and &quot;cancelled&quot; were left out and the totals did not match).</extracomment>
        <translation>Bấm vào một thanh để xem danh sách các nhiệm vụ đó.</translation>
    </message>
    <message>
        <source>Counting the tasks…</source>
        <translation>Đang đếm các nhiệm vụ…</translation>
    </message>
    <message>
        <source>Tasks by lead unit and state: no task matches the filter</source>
        <translation>Nhiệm vụ theo đơn vị chủ trì và tình trạng: không có nhiệm vụ nào phù hợp với bộ lọc</translation>
    </message>
    <message>
        <source>Tasks by lead unit and state</source>
        <translation>Nhiệm vụ theo đơn vị chủ trì và tình trạng</translation>
    </message>
    <message>
        <source>(no lead unit)</source>
        <translation>(chưa có đơn vị chủ trì)</translation>
    </message>
    <message>
        <source>Tasks completed per month: none completed in this period</source>
        <translation>Nhiệm vụ hoàn thành theo tháng: không có nhiệm vụ nào hoàn thành trong thời gian này</translation>
    </message>
    <message>
        <source>Tasks completed per month</source>
        <translation>Nhiệm vụ hoàn thành theo tháng</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: %n task(s)</source>
        <translation>
            <numerusform>%1 · %2: %n nhiệm vụ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>This entry belongs to no meeting; search for it in the lists.</source>
        <translation>Mục này không thuộc cuộc họp nào; hãy tìm trong các danh sách.</translation>
    </message>
</context>
<context>
    <name>PendingImportsDialog</name>
    <message>
        <source>Imports to review</source>
        <translation>Văn bản nhập chờ rà soát</translation>
    </message>
    <message numerus="yes">
        <source>%n imported document(s) not reviewed yet. Choose one and press Enter to review it.</source>
        <translation>
            <numerusform>Có %n văn bản đã nhập chưa được rà soát. Chọn một văn bản và nhấn Enter để rà soát.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every imported document has been reviewed.</source>
        <translation>Mọi văn bản đã nhập đều đã được rà soát.</translation>
    </message>
</context>
<context>
    <name>PersonList</name>
    <message>
        <source>Type a name, Enter adds the person (a new name is added to the directory)</source>
        <translation>Gõ họ tên, Enter để thêm (tên mới được thêm vào danh bạ)</translation>
    </message>
    <message>
        <source>Assigned people</source>
        <translation>Người được giao</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Bỏ người này</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
</context>
<context>
    <name>Picker</name>
    <message>
        <source>Not in the directory yet: choose a name from the list, or press Ctrl+Enter to add it</source>
        <translation>Chưa có trong danh bạ: hãy chọn một tên trong danh sách, hoặc nhấn Ctrl+Enter để thêm mới</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>The organisation the document is issued under: letterhead, code, signers and recipients</source>
        <translation>Cơ quan ban hành văn bản: tiêu đề, ký hiệu, người ký và nơi nhận</translation>
    </message>
    <message>
        <source>Set &amp;up a profile…</source>
        <translation>&amp;Thiết lập thông tin cơ quan…</translation>
    </message>
    <message>
        <source>None for %1 yet: set one up</source>
        <translation>%1 chưa có thông tin cơ quan: hãy thiết lập</translation>
    </message>
    <message>
        <source>None yet: set one up</source>
        <translation>Chưa có thông tin cơ quan: hãy thiết lập</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Import an organisation profile</source>
        <translation>Nhập thông tin cơ quan ban hành</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Tệp thông tin cơ quan (*.json)</translation>
    </message>
    <message>
        <source>Export the organisation profile</source>
        <translation>Xuất thông tin cơ quan ban hành</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>Thông tin cơ quan ban hành</translation>
    </message>
    <message>
        <source>Superior body (upper case)</source>
        <translation>Tên cơ quan chủ quản (chữ in hoa)</translation>
    </message>
    <message>
        <source>Issuing body (upper case)</source>
        <translation>Tên cơ quan ban hành (chữ in hoa)</translation>
    </message>
    <message>
        <source>The body in running text</source>
        <translation>Tên cơ quan trong nội dung</translation>
    </message>
    <message>
        <source>Office that follows up</source>
        <translation>Cơ quan theo dõi, đôn đốc</translation>
    </message>
    <message>
        <source>Place name of the date line</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Issuer code (QU, UBND)</source>
        <translation>Chữ viết tắt cơ quan (QU, UBND)</translation>
    </message>
    <message>
        <source>Reference pattern (empty: the layout&apos;s rule)</source>
        <translation>Mẫu số, ký hiệu (để trống: theo thể thức)</translation>
    </message>
    <message>
        <source>File copy (Lưu: VT, … / Lưu Văn phòng …)</source>
        <translation>Nơi lưu (Lưu: VT, … / Lưu Văn phòng …)</translation>
    </message>
    <message>
        <source>Word before officials&apos; names (Đồng chí)</source>
        <translation>Danh xưng trước tên cán bộ (Đồng chí)</translation>
    </message>
    <message>
        <source>Superior body, English layout</source>
        <translation>Cơ quan chủ quản, bản tiếng Anh</translation>
    </message>
    <message>
        <source>Issuing body, English layout</source>
        <translation>Cơ quan ban hành, bản tiếng Anh</translation>
    </message>
    <message>
        <source>Place name, English layout</source>
        <translation>Địa danh, bản tiếng Anh</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Conclusion notice</source>
        <translation>Thông báo kết luận</translation>
    </message>
    <message>
        <source>Task plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Status report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>State (Decree 30/2020)</source>
        <translation>Hành chính nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <source>Party (Guidance 36-HD/VPTW)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Plain (English)</source>
        <translation>Đơn giản (tiếng Anh)</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Cơ quan:</translation>
    </message>
    <message>
        <source>Default &amp;layout of documents:</source>
        <translation>&amp;Thể thức văn bản mặc định:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Nhập…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>&amp;Clear…</source>
        <translation>&amp;Xóa trắng…</translation>
    </message>
    <message>
        <source>Clear every setting of the profile (names, signers, recipients)?</source>
        <translation>Xóa trắng mọi thông tin của cơ quan này (tên, người ký, nơi nhận)?</translation>
    </message>
    <message>
        <source>The profile was cleared.</source>
        <translation>Đã xóa trắng thông tin cơ quan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (mặc định)</translation>
    </message>
    <message>
        <source>Type code (BB, TB, KH, BC)</source>
        <translation>Ký hiệu loại văn bản (BB, TB, KH, BC)</translation>
    </message>
    <message>
        <source>Left signature (secretary)</source>
        <translation>Chữ ký bên trái (thư ký)</translation>
    </message>
    <message>
        <source>Line above the signer (T/M …)</source>
        <translation>Dòng trên chức vụ (T/M …)</translation>
    </message>
    <message>
        <source>Signer&apos;s role</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>State layout</source>
        <translation>Thể thức nhà nước</translation>
    </message>
    <message>
        <source>Party layout</source>
        <translation>Thể thức Đảng</translation>
    </message>
    <message>
        <source>English layout</source>
        <translation>Bản tiếng Anh</translation>
    </message>
    <message>
        <source>Secretary&apos;s name (empty: from the meeting)</source>
        <translation>Họ tên thư ký (để trống: theo cuộc họp)</translation>
    </message>
    <message>
        <source>Signer&apos;s name (empty: the meeting&apos;s chair)</source>
        <translation>Họ tên người ký (để trống: người chủ trì)</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>One recipient per line; the punctuation is added by the layout</source>
        <translation>Mỗi dòng một nơi nhận; dấu câu cuối dòng do thể thức tự thêm</translation>
    </message>
    <message>
        <source>Recipients (Nơi nhận)</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>Profile imported from %1.</source>
        <translation>Đã nhập thông tin cơ quan từ %1.</translation>
    </message>
    <message>
        <source>Profile written to %1.</source>
        <translation>Đã ghi thông tin cơ quan vào %1.</translation>
    </message>
</context>
<context>
    <name>ProfileSetupDialog</name>
    <message>
        <source>Set up the organisation profile</source>
        <extracomment>The organisation&apos;s fields asked for, in order (keys of the profile). The signers asked for: the notice and the plan share one; the report has its own.</extracomment>
        <translation>Thiết lập thông tin cơ quan ban hành</translation>
    </message>
    <message>
        <source>Superior body (upper case)</source>
        <translation>Tên cơ quan chủ quản (chữ in hoa)</translation>
    </message>
    <message>
        <source>Issuing body (upper case)</source>
        <translation>Tên cơ quan ban hành (chữ in hoa)</translation>
    </message>
    <message>
        <source>The body in running text</source>
        <translation>Tên cơ quan trong nội dung</translation>
    </message>
    <message>
        <source>Office that follows up</source>
        <translation>Cơ quan theo dõi, đôn đốc</translation>
    </message>
    <message>
        <source>Place name of the date line</source>
        <translation>Địa danh ghi ngày tháng</translation>
    </message>
    <message>
        <source>Issuer code of the numbers</source>
        <translation>Chữ viết tắt cơ quan trong số, ký hiệu</translation>
    </message>
    <message>
        <source>File copy (Lưu)</source>
        <translation>Nơi lưu (Lưu)</translation>
    </message>
    <message>
        <source>Line above the signer</source>
        <translation>Dòng thẩm quyền ký (TM., KT., TL. …)</translation>
    </message>
    <message>
        <source>Signer&apos;s role</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer&apos;s name</source>
        <translation>Họ tên người ký</translation>
    </message>
    <message>
        <source>Documents of %1 are issued under its own profile. Give the names as they are printed.</source>
        <translation>Văn bản của %1 được ban hành theo thông tin riêng của cơ quan này. Ghi các tên đúng như khi in.</translation>
    </message>
    <message>
        <source>Documents without an organising unit are issued under the default profile.</source>
        <translation>Văn bản không có đơn vị tổ chức được ban hành theo thông tin cơ quan mặc định.</translation>
    </message>
    <message>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <source>Party (Guidance 36-HD/VPTW)</source>
        <translation>Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Thể thức:</translation>
    </message>
    <message>
        <source>Signature of the notice and the plan</source>
        <translation>Chữ ký của thông báo và kế hoạch</translation>
    </message>
    <message>
        <source>Signature of the status report</source>
        <translation>Chữ ký của báo cáo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ví dụ: %1</translation>
    </message>
    <message>
        <source>Give the issuing body: it heads every document.</source>
        <translation>Hãy ghi tên cơ quan ban hành: tên này đứng đầu mọi văn bản.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Report progress</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>What was done, what remains, any difficulty</source>
        <translation>Đã làm được gì, còn lại gì, khó khăn vướng mắc</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>Đính kèm tệp…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Minutes, decisions, photos, reports… You can also drop files here.</source>
        <translation>Biên bản, quyết định, ảnh, báo cáo… Có thể kéo thả tệp vào đây.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <source>Percent &amp;done:</source>
        <translation>&amp;Phần trăm hoàn thành:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <source>Attach evidence files</source>
        <translation>Đính kèm tệp minh chứng</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Previous Month</source>
        <translation>Tháng trước</translation>
    </message>
    <message>
        <source>Next Month</source>
        <translation>Tháng sau</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Tuần</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Có thay thế tệp này không?</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện các tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi đã mở gần đây</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có cho &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không cho tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Tùy chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Tùy chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp trên máy</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Số bản</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Sao &amp;chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ReadOnlyStart</name>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần dự họp</translation>
    </message>
    <message>
        <source>%1 of %2 tasks open</source>
        <translation>%1/%2 nhiệm vụ chưa xong</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
</context>
<context>
    <name>ReasonRow</name>
    <message>
        <source>Reason (optional), Enter to confirm, Esc to cancel</source>
        <extracomment>What a removal of someone from the roll call is based on (as the table showed it).</extracomment>
        <translation>Lý do (không bắt buộc); Enter để xác nhận, Esc để hủy</translation>
    </message>
</context>
<context>
    <name>RecommendationsSection</name>
    <message>
        <source>Group / recommendation</source>
        <extracomment>The response column&apos;s width while some recommendation has a response; with none, the column is hidden and the recommendations take the whole width (issue 15 item 9). At most this many lines of a recommendation (or a response) in the tree; its tooltip has more.</extracomment>
        <translation>Nhóm / kiến nghị</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ý kiến trả lời</translation>
    </message>
    <message>
        <source>Group heading, e.g. Công tác quản lý đô thị; Enter starts its first recommendation</source>
        <translation>Tên nhóm, ví dụ: Công tác quản lý đô thị; Enter để bắt đầu kiến nghị đầu tiên</translation>
    </message>
    <message>
        <source>The recommendation. Ctrl+Enter starts the next one.</source>
        <translation>Nội dung kiến nghị. Ctrl+Enter để sang kiến nghị tiếp theo.</translation>
    </message>
    <message>
        <source>The response decided at the meeting (optional)</source>
        <translation>Ý kiến trả lời tại cuộc họp (không bắt buộc)</translation>
    </message>
    <message>
        <source>Edit group heading</source>
        <translation>Sửa tên nhóm</translation>
    </message>
    <message>
        <source>Edit recommendation</source>
        <translation>Sửa kiến nghị</translation>
    </message>
    <message>
        <source>Edit response</source>
        <translation>Sửa ý kiến trả lời</translation>
    </message>
    <message>
        <source>Add a group of recommendations with Ctrl+Shift+U, type its heading, then the recommendations one by one.</source>
        <translation>Thêm một nhóm kiến nghị bằng Ctrl+Shift+U, nhập tên nhóm rồi lần lượt nhập từng kiến nghị.</translation>
    </message>
    <message>
        <source>Group &amp;heading:</source>
        <translation>Tên nhó&amp;m:</translation>
    </message>
    <message>
        <source>Res&amp;ponse decided:</source>
        <translation>Ý kiến trả &amp;lời:</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>&amp;Recommendation %1:</source>
        <translation>&amp;Kiến nghị %1:</translation>
    </message>
    <message>
        <source>Add recommendation &amp;group</source>
        <translation>Thêm &amp;nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Add &amp;recommendation</source>
        <translation>Thêm &amp;kiến nghị</translation>
    </message>
    <message>
        <source>Insert a recommendation after this one</source>
        <translation>Chèn một kiến nghị sau kiến nghị này</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Create a &amp;task from this recommendation...</source>
        <translation>Tạo &amp;nhiệm vụ từ kiến nghị này...</translation>
    </message>
    <message>
        <source>Add recommendation group</source>
        <translation>Thêm nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Add recommendation</source>
        <translation>Thêm kiến nghị</translation>
    </message>
    <message>
        <source>Delete recommendation</source>
        <translation>Xóa kiến nghị</translation>
    </message>
    <message>
        <source>Next recommendation</source>
        <translation>Kiến nghị tiếp theo</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>Di chuyển nhóm</translation>
    </message>
    <message>
        <source>Move recommendation</source>
        <translation>Di chuyển kiến nghị</translation>
    </message>
    <message>
        <source>Delete recommendation group</source>
        <translation>Xóa nhóm kiến nghị</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report figure</source>
        <translation>Chỉ tiêu báo cáo</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendation group</source>
        <translation>Nhóm kiến nghị</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Ý kiến trả lời</translation>
    </message>
    <message>
        <source>Expected product</source>
        <translation>Sản phẩm dự kiến</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>Lý do vắng mặt</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Tên viết tắt</translation>
    </message>
    <message>
        <source>Restore unsaved text</source>
        <translation>Khôi phục nội dung chưa lưu</translation>
    </message>
    <message>
        <source>The application stopped before this text was saved. Restore it into the minutes, or discard it?</source>
        <translation>Ứng dụng đã dừng trước khi lưu các nội dung dưới đây. Khôi phục vào biên bản hay bỏ đi?</translation>
    </message>
    <message>
        <source>It belongs to the meeting “%1”.</source>
        <translation>Văn bản này thuộc cuộc họp “%1”.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Bỏ đi</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>&amp;Để sau</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>mục không xác định</translation>
    </message>
    <message>
        <source>Some text could not be restored</source>
        <translation>Một số nội dung không khôi phục được</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Danh bạ</translation>
    </message>
    <message>
        <source>(untitled meeting)</source>
        <translation>(cuộc họp chưa có tên)</translation>
    </message>
    <message>
        <source>%1 (deleted since)</source>
        <translation>%1 (đã bị xóa sau đó)</translation>
    </message>
</context>
<context>
    <name>RemindersDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Nhắc việc</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Còn / chậm</translation>
    </message>
    <message>
        <source>Show these reminders when the program starts</source>
        <translation>Hiện nhắc việc khi mở chương trình</translation>
    </message>
    <message>
        <source>My &amp;units…</source>
        <translation>Chọn đơn &amp;vị…</translation>
    </message>
    <message>
        <source>Open on the &amp;board</source>
        <translation>Xem trên &amp;bảng theo dõi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>Overdue: %n task(s)</source>
        <translation>
            <numerusform>Quá hạn: %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due within %1 days: %n task(s)</source>
        <translation>
            <numerusform>Đến hạn trong %1 ngày tới: %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>của %1</translation>
    </message>
    <message>
        <source>for every unit</source>
        <translation>của tất cả các đơn vị</translation>
    </message>
    <message>
        <source>%1 overdue and %2 due within %3 days, %4.</source>
        <translation>%1 nhiệm vụ quá hạn và %2 nhiệm vụ đến hạn trong %3 ngày tới, %4.</translation>
    </message>
    <message>
        <source>Nothing overdue or due within %1 days, %2.</source>
        <translation>Không có nhiệm vụ quá hạn hay đến hạn trong %1 ngày tới, %2.</translation>
    </message>
</context>
<context>
    <name>ReportSection</name>
    <message>
        <source>Add report</source>
        <extracomment>What deleting a figure is based on (as the table showed it).</extracomment>
        <translation>Thêm báo cáo</translation>
    </message>
    <message>
        <source>Who presents it: type a name, accents optional</source>
        <translation>Người trình bày: gõ họ tên, có dấu hoặc không dấu</translation>
    </message>
    <message>
        <source>e.g. Báo cáo kết quả thực hiện nhiệm vụ năm 2020</source>
        <translation>Ví dụ: Báo cáo kết quả thực hiện nhiệm vụ năm 2020</translation>
    </message>
    <message>
        <source>The main points of the report</source>
        <translation>Những nội dung chính của báo cáo</translation>
    </message>
    <message>
        <source>Edit report title</source>
        <translation>Sửa tên báo cáo</translation>
    </message>
    <message>
        <source>Edit report summary</source>
        <translation>Sửa tóm tắt báo cáo</translation>
    </message>
    <message>
        <source>No report yet. Ctrl+Shift+B adds one.</source>
        <translation>Chưa có báo cáo. Ctrl+Shift+B để thêm.</translation>
    </message>
    <message>
        <source>Re&amp;port:</source>
        <translation>&amp;Báo cáo:</translation>
    </message>
    <message>
        <source>Pre&amp;senter:</source>
        <translation>Người trình bà&amp;y:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tên báo cá&amp;o:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>Tó&amp;m tắt:</translation>
    </message>
    <message>
        <source>&amp;Figures (Insert adds one; numbers like 19.885.177.001 or 98,4):</source>
        <translation>&amp;Chỉ tiêu (Insert để thêm; số viết như 19.885.177.001 hoặc 98,4):</translation>
    </message>
    <message>
        <source>Report and figures</source>
        <translation>Báo cáo và số liệu</translation>
    </message>
    <message>
        <source>Add &amp;report</source>
        <translation>Thêm &amp;báo cáo</translation>
    </message>
    <message>
        <source>Add a &amp;figure</source>
        <translation>Thêm &amp;chỉ tiêu</translation>
    </message>
    <message>
        <source>New figure row</source>
        <translation>Dòng chỉ tiêu mới</translation>
    </message>
    <message>
        <source>Move figure &amp;up</source>
        <translation>Chuyển chỉ tiêu &amp;lên</translation>
    </message>
    <message>
        <source>Move figure &amp;down</source>
        <translation>Chuyển chỉ tiêu &amp;xuống</translation>
    </message>
    <message>
        <source>&amp;Delete figure</source>
        <translation>&amp;Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(báo cáo chưa có tên)</translation>
    </message>
    <message>
        <source>Set presenter</source>
        <translation>Chọn người trình bày</translation>
    </message>
    <message>
        <source>Type the label of the new figure first.</source>
        <translation>Nhập tên chỉ tiêu mới trước.</translation>
    </message>
    <message>
        <source>Add figure</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <source>Edit figure</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>Move figure</source>
        <translation>Di chuyển chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete figure</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Your unit neither leads nor coordinates this task: a unit member reports progress only on its own unit&apos;s tasks.</source>
        <translation>Đơn vị của bạn không chủ trì, không phối hợp thực hiện nhiệm vụ này: thành viên đơn vị chỉ báo cáo tiến độ các nhiệm vụ của đơn vị mình.</translation>
    </message>
    <message>
        <source>Only a secretary or a leader changes the minutes: your role (%1) only reads them.</source>
        <translation>Chỉ thư ký hoặc lãnh đạo mới thay đổi biên bản: vai trò của bạn (%1) chỉ được xem.</translation>
    </message>
    <message>
        <source>Your role (%1) only reads the tasks: it does not allow reporting progress.</source>
        <translation>Vai trò của bạn (%1) chỉ được xem nhiệm vụ: không được phép báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>Only a secretary or a leader changes a task, its deadline, cancels or reopens it: your role (%1) does not allow it.</source>
        <translation>Chỉ thư ký hoặc lãnh đạo mới sửa nhiệm vụ, đổi thời hạn, hủy hoặc mở lại nhiệm vụ: vai trò của bạn (%1) không cho phép việc này.</translation>
    </message>
    <message>
        <source>Only a leader restores backups: your role (%1) does not allow it.</source>
        <translation>Chỉ lãnh đạo mới khôi phục bản sao lưu: vai trò của bạn (%1) không cho phép việc này.</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đăng nhập: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>All changes are saved automatically</source>
        <translation>Mọi thay đổi được lưu tự động</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu được: %1</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu được</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <source>The database is busy: another program is writing to it.</source>
        <translation>Cơ sở dữ liệu đang bận: một chương trình khác đang ghi vào.</translation>
    </message>
    <message>
        <source>Not saved yet: %1. %2 What you typed is kept and saved as soon as the database accepts it.</source>
        <translation>Chưa lưu: %1. %2 Nội dung đã gõ vẫn được giữ và sẽ được lưu ngay khi cơ sở dữ liệu cho phép ghi.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search everything</source>
        <extracomment>Hits of the one kind chosen in the kind box, at first.</extracomment>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Words, accents optional; &quot;a phrase&quot;; a beginning*</source>
        <translation>Gõ từ, có dấu hoặc không; &quot;cụm từ&quot;; phần đầu của từ*</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) so far; counting every kind…</source>
        <translation>
            <numerusform>%n kết quả đầu tiên; đang đếm từng loại…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 results; %2 shown, the best of each kind</source>
        <translation>%1 kết quả; đang hiện %2, phù hợp nhất của từng loại</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer words, or the beginning of a word with *.</source>
        <translation>Không tìm thấy. Hãy bớt từ, hoặc gõ phần đầu của từ kèm dấu *.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Tìm kiếm bị lỗi: %1</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Tìm kiếm…</translation>
    </message>
    <message>
        <source>Find meetings, people, reports, contributions, conclusions, recommendations, tasks and progress notes, accents optional</source>
        <translation>Tìm cuộc họp, người, báo cáo, ý kiến phát biểu, kết luận, kiến nghị, nhiệm vụ và tiến độ; gõ có dấu hay không dấu đều được</translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Chỉ tiêu báo cáo</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Progress updates</source>
        <translation>Cập nhật tiến độ</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>Show more… (%1 of %2 shown)</source>
        <translation>Xem thêm… (đã hiện %1 trên %2)</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
</context>
<context>
    <name>ServiceUndo</name>
    <message>
        <source>add</source>
        <translation>thêm</translation>
    </message>
    <message>
        <source>change</source>
        <translation>sửa</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>xóa</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>mục chương trình</translation>
    </message>
    <message>
        <source>attendee</source>
        <translation>người dự họp</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>số liệu</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>ý kiến phát biểu</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>recommendation group</source>
        <translation>nhóm kiến nghị</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>task</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>progress report</source>
        <translation>báo cáo tiến độ</translation>
    </message>
    <message>
        <source>document date</source>
        <translation>ngày văn bản</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>The language and the database change the next time the application starts.</source>
        <translation>Ngôn ngữ và cơ sở dữ liệu thay đổi từ lần mở chương trình sau.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Chung</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>State (Decree 30/2020)</source>
        <translation>Nhà nước (Nghị định 30/2020)</translation>
    </message>
    <message>
        <source>Party (Guidance 36-HD/VPTW)</source>
        <translation>Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Thông thường</translation>
    </message>
    <message>
        <source>Default document &amp;layout:</source>
        <translation>&amp;Thể thức văn bản mặc định:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> ngày</translation>
    </message>
    <message>
        <source>&amp;Remind of deadlines within:</source>
        <translation>&amp;Nhắc hạn trước:</translation>
    </message>
    <message>
        <source>Show due tasks when the application &amp;starts</source>
        <translation>Hiện nhiệm vụ sắp đến hạn khi &amp;mở chương trình</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>In use from the next start:</source>
        <translation>Dùng từ lần mở sau:</translation>
    </message>
    <message>
        <source>&amp;Server…</source>
        <translation>&amp;Máy chủ…</translation>
    </message>
    <message>
        <source>Database &amp;file on this computer:</source>
        <translation>&amp;Tệp dữ liệu trên máy này:</translation>
    </message>
    <message>
        <source>Saving and backups</source>
        <translation>Lưu và sao lưu</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Save &amp;typed text at most after:</source>
        <translation>&amp;Lưu nội dung đã gõ chậm nhất sau:</translation>
    </message>
    <message>
        <source>Keep a recovery &amp;draft after:</source>
        <translation>Giữ &amp;bản nháp khôi phục sau:</translation>
    </message>
    <message>
        <source>&amp;Backups kept:</source>
        <translation>Số &amp;bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <source>Back up &amp;daily when the application closes</source>
        <translation>Sao lưu &amp;hằng ngày khi đóng chương trình</translation>
    </message>
    <message>
        <source>Server %1, database %2</source>
        <translation>Máy chủ %1, cơ sở dữ liệu %2</translation>
    </message>
    <message>
        <source>The file %1</source>
        <translation>Tệp %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>ShortcutsModel</name>
    <message>
        <source>Menu</source>
        <translation>Trình đơn</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
</context>
<context>
    <name>SpeakerQueue</name>
    <message>
        <source>Who asks to speak? Enter queues</source>
        <translation>Ai đăng ký phát biểu? Enter để thêm vào danh sách chờ</translation>
    </message>
    <message>
        <source>Speaker queue</source>
        <translation>Danh sách chờ phát biểu</translation>
    </message>
    <message>
        <source>Speaker &amp;queue</source>
        <translation>Danh sách &amp;chờ phát biểu</translation>
    </message>
    <message>
        <source>Nobody is waiting. Queue speakers as hands go up; F8 gives the floor to the first.</source>
        <translation>Chưa có ai chờ. Thêm người đăng ký phát biểu khi có người giơ tay; F8 để mời người đầu tiên.</translation>
    </message>
</context>
<context>
    <name>StartFrame</name>
    <message>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <source>Opening the minutes…</source>
        <translation>Đang mở biên bản…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <source>Read only for a moment: editing opens as soon as the database is ready.</source>
        <translation>Tạm thời chỉ xem: có thể sửa ngay khi cơ sở dữ liệu sẵn sàng.</translation>
    </message>
    <message>
        <source>%1 - Minutes</source>
        <translation>%1 - Biên bản</translation>
    </message>
    <message>
        <source>Nothing can be typed yet: editing opens in a moment, then type again.</source>
        <translation>Chưa gõ được: lát nữa mới sửa được, khi đó hãy gõ lại.</translation>
    </message>
</context>
<context>
    <name>StatusChips</name>
    <message>
        <source>Show only these tasks (click again to show all); several can be chosen</source>
        <extracomment>(border/text colour, background when chosen) per state.</extracomment>
        <translation>Chỉ hiện các nhiệm vụ này (bấm lần nữa để hiện tất cả); có thể chọn nhiều mục</translation>
    </message>
    <message numerus="yes">
        <source>These words are in more tasks than the board counts: the numbers are those of the newest %n matching tasks, so each state has at least that many.</source>
        <translation>
            <numerusform>Từ khóa này có trong nhiều nhiệm vụ hơn số bảng theo dõi đếm: các con số là của %n nhiệm vụ phù hợp mới nhất, nên mỗi trạng thái có ít nhất chừng ấy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n task(s) shown</source>
        <translation>
            <numerusform>Đang hiện ít nhất %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) shown</source>
        <translation>
            <numerusform>Đang hiện %n nhiệm vụ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskBoard</name>
    <message>
        <source>E&amp;xport</source>
        <extracomment>Lines of text a row shows: the task, units, people and meeting wrap over as many, then &quot;…&quot;. What the board opens on: open and overdue work first (overdue, in progress, not started), each by deadline, finished work after (issue 15 item 13: not ten years of finished work, oldest first).</extracomment>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Export the tasks shown (this filter, this order)</source>
        <translation>Xuất các nhiệm vụ đang hiện (đúng bộ lọc và thứ tự này)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX)…</source>
        <translation>Bảng tính (XLSX)…</translation>
    </message>
    <message>
        <source>Deadlines as a calendar (iCalendar)…</source>
        <translation>Lịch các thời hạn (iCalendar)…</translation>
    </message>
    <message>
        <source>Status report (DOCX)…</source>
        <translation>Báo cáo tình hình thực hiện (DOCX)…</translation>
    </message>
    <message>
        <source>Status report: PDF, print preview, print…</source>
        <translation>Báo cáo tình hình: PDF, xem trước khi in, in…</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Mở tệp</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n task(s) to %1</source>
        <translation>
            <numerusform>Đã xuất %n nhiệm vụ vào %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No program is set to open %1.</source>
        <translation>Chưa có chương trình nào để mở %1.</translation>
    </message>
    <message>
        <source>Export the tasks to a spreadsheet</source>
        <translation>Xuất nhiệm vụ ra bảng tính</translation>
    </message>
    <message>
        <source>task-list</source>
        <translation>danh-sach-nhiem-vu</translation>
    </message>
    <message>
        <source>task-deadlines</source>
        <translation>han-nhiem-vu</translation>
    </message>
    <message>
        <source>task-status-report</source>
        <translation>bao-cao-tinh-hinh-nhiem-vu</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the deadlines to a calendar</source>
        <translation>Xuất các thời hạn ra lịch</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>Lịch iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the status report</source>
        <translation>Xuất báo cáo tình hình thực hiện nhiệm vụ</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
</context>
<context>
    <name>TaskDetailPanel</name>
    <message>
        <source>Open in the minutes</source>
        <translation>Mở trong biên bản</translation>
    </message>
    <message>
        <source>Open the meeting at the item this task was assigned in</source>
        <translation>Mở cuộc họp tại nội dung đã giao nhiệm vụ này</translation>
    </message>
    <message>
        <source>Lead unit:</source>
        <translation>Đơn vị chủ trì:</translation>
    </message>
    <message>
        <source>Coordinating:</source>
        <translation>Phối hợp:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Người phụ trách:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Thời hạn:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Mức độ ưu tiên:</translation>
    </message>
    <message>
        <source>Product:</source>
        <translation>Sản phẩm:</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Cuộc họp:</translation>
    </message>
    <message>
        <source>Assigned in:</source>
        <translation>Giao tại:</translation>
    </message>
    <message>
        <source>Reviewed at:</source>
        <translation>Đã rà soát tại:</translation>
    </message>
    <message>
        <source>Report &amp;progress…</source>
        <translation>&amp;Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>Mark &amp;complete…</source>
        <translation>&amp;Hoàn thành…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>Mở &amp;lại…</translation>
    </message>
    <message>
        <source>Cance&amp;l task…</source>
        <translation>Hủy nhiệ&amp;m vụ…</translation>
    </message>
    <message>
        <source>Change &amp;deadline…</source>
        <translation>Điề&amp;u chỉnh thời hạn…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Lịch sử…</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open the file</source>
        <translation>Bấm đúp hoặc nhấn Enter để mở tệp</translation>
    </message>
    <message>
        <source>Evidence files (double-click to open):</source>
        <translation>Tệp minh chứng (bấm đúp để mở):</translation>
    </message>
    <message>
        <source>Progress reports</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <source>Choose a task in the list to see its progress and act on it.</source>
        <translation>Chọn một nhiệm vụ trong danh sách để xem tiến độ và cập nhật.</translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation>không có thời hạn</translation>
    </message>
    <message>
        <source>the meeting&apos;s task list</source>
        <translation>danh sách nhiệm vụ của cuộc họp</translation>
    </message>
    <message numerus="yes">
        <source>%1 · completed on %2, %n day(s) after the deadline</source>
        <translation>
            <numerusform>%1 · hoàn thành ngày %2, chậm %n ngày so với thời hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · completed on %2</source>
        <translation>%1 · hoàn thành ngày %2</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 ngày %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n day(s) late</source>
        <translation>
            <numerusform>%1 · chậm %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · đến hạn hôm nay</translation>
    </message>
    <message numerus="yes">
        <source>%1 · due in %n day(s)</source>
        <translation>
            <numerusform>%1 · còn %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the task</source>
        <translation>Mở lại nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>e.g. the product was not accepted</source>
        <translation>ví dụ: sản phẩm chưa được chấp nhận</translation>
    </message>
    <message>
        <source>Cancel the task</source>
        <translation>Hủy nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>e.g. merged into another task</source>
        <translation>ví dụ: đã gộp vào nhiệm vụ khác</translation>
    </message>
    <message>
        <source>No program is set to open %1.</source>
        <translation>Chưa có chương trình nào để mở %1.</translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Exactly one unit leads; type to search or create</source>
        <translation>Chỉ một đơn vị chủ trì; gõ để tìm hoặc tạo mới</translation>
    </message>
    <message>
        <source>(no agenda item)</source>
        <translation>(không thuộc nội dung nào)</translation>
    </message>
    <message>
        <source>As the minutes say it, e.g. 2 đồng chí Phó Chủ tịch</source>
        <translation>Như biên bản ghi, ví dụ: 2 đồng chí Phó Chủ tịch</translation>
    </message>
    <message>
        <source>Who answers for it (optional)</source>
        <translation>Người chịu trách nhiệm (không bắt buộc)</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời hạn:</translation>
    </message>
    <message>
        <source>Why the deadline changes (required)</source>
        <translation>Lý do thay đổi thời hạn (bắt buộc)</translation>
    </message>
    <message>
        <source>Done at the &amp;meeting itself</source>
        <translation>Đã thực hiện ngay tại cuộc &amp;họp</translation>
    </message>
    <message>
        <source>The task was carried out during the meeting</source>
        <translation>Nhiệm vụ đã được thực hiện trong cuộc họp</translation>
    </message>
    <message>
        <source>e.g. Kế hoạch được ban hành; báo cáo kết quả</source>
        <translation>Ví dụ: Kế hoạch được ban hành; báo cáo kết quả</translation>
    </message>
    <message>
        <source>Save the task (Ctrl+Enter)</source>
        <translation>Lưu nhiệm vụ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Check the deadline.</source>
        <translation>Hãy kiểm tra thời hạn.</translation>
    </message>
    <message>
        <source>&amp;Task:</source>
        <translation>&amp;Nhiệm vụ:</translation>
    </message>
    <message>
        <source>A&amp;genda item:</source>
        <translation>Nội &amp;dung chương trình:</translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Coordinating units:</source>
        <translation>Đơn vị &amp;phối hợp:</translation>
    </message>
    <message>
        <source>&amp;Assigned people:</source>
        <translation>Người được &amp;giao:</translation>
    </message>
    <message>
        <source>Assignee (as &amp;written):</source>
        <translation>Giao cho (ghi như &amp;biên bản):</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>Người chịu t&amp;rách nhiệm:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>&amp;Mức độ ưu tiên:</translation>
    </message>
    <message>
        <source>&amp;Expected product:</source>
        <translation>&amp;Sản phẩm dự kiến:</translation>
    </message>
    <message>
        <source>Not yet clear - missing: %1. You can save now and complete it later.</source>
        <translation>Chưa đủ thông tin - còn thiếu: %1. Có thể lưu ngay và bổ sung sau.</translation>
    </message>
    <message>
        <source>From a conclusion point</source>
        <translation>Từ một điểm kết luận</translation>
    </message>
    <message>
        <source>From a recommendation</source>
        <translation>Từ một kiến nghị</translation>
    </message>
    <message>
        <source>From a contribution</source>
        <translation>Từ một ý kiến phát biểu</translation>
    </message>
    <message>
        <source>Not linked to an item of the minutes</source>
        <translation>Không gắn với nội dung nào của biên bản</translation>
    </message>
    <message>
        <source>Write what has to be done.</source>
        <translation>Ghi rõ việc cần làm.</translation>
    </message>
    <message>
        <source>Say why the deadline changes.</source>
        <translation>Nêu lý do thay đổi thời hạn.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the meeting (%2). Choose a date on or after the meeting day.</source>
        <translation>Thời hạn %1 sớm hơn ngày họp (%2). Chọn một ngày từ ngày họp trở đi.</translation>
    </message>
</context>
<context>
    <name>TaskHistory</name>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Minh chứng</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người cập nhật</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Lý do / ghi chú</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Giao nhiệm vụ</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Progress reported</source>
        <translation>Báo cáo tiến độ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Deadline changed</source>
        <translation>Điều chỉnh thời hạn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>thời hạn %1</translation>
    </message>
    <message>
        <source>was closed on %1</source>
        <translation>đã đóng ngày %1</translation>
    </message>
</context>
<context>
    <name>TaskUndo</name>
    <message>
        <source>Undo on this task</source>
        <translation>Hoàn tác trên nhiệm vụ này</translation>
    </message>
    <message>
        <source>Redo on this task</source>
        <translation>Làm lại trên nhiệm vụ này</translation>
    </message>
</context>
<context>
    <name>TasksSection</name>
    <message>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit / assigned</source>
        <translation>Chủ trì / người được giao</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Mức độ ưu tiên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>New task...</source>
        <translation>Nhiệm vụ mới...</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;New task...</source>
        <translation>Nhiệm vụ &amp;mới...</translation>
    </message>
    <message>
        <source>&amp;Edit task...</source>
        <translation>&amp;Sửa nhiệm vụ...</translation>
    </message>
    <message>
        <source>&amp;Delete task</source>
        <translation>&amp;Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <source>Coordinating: %1</source>
        <translation>Phối hợp: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet clear</source>
        <translation>
            <numerusform>%n nhiệm vụ chưa đủ thông tin</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>TypedNames</name>
    <message>
        <source>Name not in the directory</source>
        <translation>Tên chưa có trong danh bạ</translation>
    </message>
    <message>
        <source>&amp;Add to the directory</source>
        <translation>&amp;Thêm vào danh bạ</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Quay lại</translation>
    </message>
    <message>
        <source>&amp;Keep as text</source>
        <translation>&amp;Giữ nguyên dạng chữ</translation>
    </message>
    <message>
        <source>No unit is named “%1”. Add it to the directory as a new unit?</source>
        <translation>Chưa có đơn vị nào tên là “%1”. Thêm vào danh bạ như một đơn vị mới?</translation>
    </message>
    <message>
        <source>No one in the directory is named “%1”. Add a new person, or queue the name as written (e.g. a unit&apos;s representative)? Go back to correct a typing mistake.</source>
        <translation>Danh bạ chưa có ai tên là “%1”. Thêm người mới, hay xếp tên vào hàng chờ đúng như đã gõ (ví dụ: đại diện một đơn vị)? Chọn Quay lại để sửa lỗi gõ.</translation>
    </message>
    <message>
        <source>No one in the directory is named “%1”. Add a new person, or keep the name as written on the task?</source>
        <translation>Danh bạ chưa có ai tên là “%1”. Thêm người mới, hay giữ nguyên tên như đã gõ trên nhiệm vụ?</translation>
    </message>
</context>
<context>
    <name>UnitList</name>
    <message>
        <source>Type a unit, Enter adds it (a new name is created)</source>
        <translation>Gõ tên đơn vị, Enter để thêm (tên mới sẽ được tạo)</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Remove unit</source>
        <translation>Bỏ đơn vị</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <source>My units</source>
        <translation>Đơn vị của tôi</translation>
    </message>
    <message>
        <source>Find a unit (accents optional)…</source>
        <translation>Tìm đơn vị (gõ có dấu hay không đều được)…</translation>
    </message>
    <message>
        <source>You are reminded of the tasks these units lead or coordinate. With none ticked, you are reminded of every unit&apos;s tasks.</source>
        <translation>Bạn được nhắc các nhiệm vụ do những đơn vị này chủ trì hoặc phối hợp. Nếu không chọn đơn vị nào, bạn được nhắc nhiệm vụ của mọi đơn vị.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Leader</source>
        <translation>Lãnh đạo</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Unit member</source>
        <translation>Thành viên đơn vị</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Người xem</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Only a leader manages the users: your role (%1) does not allow it.</source>
        <translation>Chỉ lãnh đạo mới quản lý người dùng: vai trò của bạn (%1) không cho phép việc này.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>the database login, e.g. nguyenvana</source>
        <translation>tên đăng nhập cơ sở dữ liệu, ví dụ nguyenvana</translation>
    </message>
    <message>
        <source>who this login is (optional)</source>
        <translation>tên đăng nhập này là ai (không bắt buộc)</translation>
    </message>
    <message>
        <source>for a unit member: the unit whose tasks it reports on</source>
        <translation>với thành viên đơn vị: đơn vị có nhiệm vụ mà người đó báo cáo</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Vai trò:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Người:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>&amp;Add the user</source>
        <translation>&amp;Thêm người dùng</translation>
    </message>
    <message>
        <source>&amp;Change the role of the selected user</source>
        <translation>Đổi vai trò của người dùng đã &amp;chọn</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (ngừng hoạt động)</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>Đã thêm %1 với vai trò %2.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Hãy chọn một người dùng trong danh sách trước.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 giờ có vai trò %2.</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>Trên máy chủ: %1</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Người dùng…</translation>
    </message>
    <message>
        <source>The logins of the database and their roles</source>
        <translation>Các tên đăng nhập của cơ sở dữ liệu và vai trò của chúng</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the minutes</source>
        <translation>Các phiên bản của biên bản</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Hoàn thiện lúc</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kiểm tra</translation>
    </message>
    <message>
        <source>&amp;Save this version&apos;s minutes…</source>
        <translation>&amp;Lưu biên bản của phiên bản này…</translation>
    </message>
    <message>
        <source>amendment in progress</source>
        <translation>đang sửa đổi</translation>
    </message>
    <message>
        <source>Every version matches its digest, and the minutes match the last one.</source>
        <translation>Mọi phiên bản khớp với mã kiểm tra, và biên bản khớp với phiên bản cuối cùng.</translation>
    </message>
    <message>
        <source>the minutes were changed outside the application after version %1</source>
        <translation>biên bản đã bị thay đổi ngoài ứng dụng sau phiên bản %1</translation>
    </message>
    <message>
        <source>the stored text of version %1 no longer matches its digest</source>
        <translation>nội dung lưu của phiên bản %1 không còn khớp với mã kiểm tra</translation>
    </message>
    <message>
        <source>the meeting names a digest that is not the one of version %1</source>
        <translation>cuộc họp ghi mã kiểm tra không phải của phiên bản %1</translation>
    </message>
    <message>
        <source>Does not match: %1</source>
        <translation>Không khớp: %1</translation>
    </message>
    <message>
        <source>Save the minutes of version %1</source>
        <translation>Lưu biên bản của phiên bản %1</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Đã lưu %1.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>The file {name} is {size_mb} MB, more than the {limit_mb} MB an evidence file may have (see the settings). Nothing was saved.</source>
        <translation>Tệp {name} có dung lượng {size_mb} MB, vượt quá giới hạn {limit_mb} MB cho một tệp minh chứng (xem phần cài đặt). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>The file {name} could not be read ({detail}). Nothing was saved.</source>
        <translation>Không đọc được tệp {name} ({detail}). Chưa có gì được lưu.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the application (schema {found}); this version knows schema {known}. Install the newer version to open it. The database was not changed.</source>
        <translation>Cơ sở dữ liệu này do phiên bản mới hơn của ứng dụng ghi (lược đồ {found}); phiên bản đang dùng chỉ đọc được lược đồ {known}. Cần cài đặt phiên bản mới hơn để mở. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is not a readable database ({detail}). It was not changed.</source>
        <translation>Tệp {path} không phải là cơ sở dữ liệu đọc được ({detail}). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>Cannot open the database {url}: {detail}</source>
        <translation>Không mở được cơ sở dữ liệu {url}: {detail}</translation>
    </message>
    <message>
        <source>The server {url} did not accept the login {login}: its password is missing or wrong ({detail}).</source>
        <translation>Máy chủ {url} không chấp nhận tài khoản {login}: thiếu mật khẩu hoặc mật khẩu không đúng ({detail}).</translation>
    </message>
    <message>
        <source>No password store of the system can be used here ({detail}). The password was not saved: it is asked again each time the application starts.</source>
        <translation>Không dùng được kho mật khẩu nào của hệ thống ở đây ({detail}). Mật khẩu không được lưu: nó sẽ được hỏi lại mỗi lần khởi động ứng dụng.</translation>
    </message>
    <message>
        <source>The database {url} is busy: another program has been writing to it for too long. Nothing was changed; try again in a moment.</source>
        <translation>Cơ sở dữ liệu {url} đang bận: một chương trình khác ghi vào đó quá lâu. Chưa có gì bị thay đổi; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The database {url} can only be read (the file, its folder or the disk does not allow writing). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {url} chỉ đọc được (tệp, thư mục chứa tệp hoặc ổ đĩa không cho phép ghi). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The disk of the database {url} is full. Nothing was changed; free some space and try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {url} đã đầy. Chưa có gì bị thay đổi; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The disk of the database {url} reported an error while writing (it may be full or failing). Nothing was changed; free some space or check the disk, then try again.</source>
        <translation>Ổ đĩa chứa cơ sở dữ liệu {url} báo lỗi khi ghi (có thể đã đầy hoặc bị hỏng). Chưa có gì bị thay đổi; hãy giải phóng dung lượng hoặc kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>The database {url} refused the change ({detail}). Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {url} từ chối thay đổi ({detail}). Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>The database address {url} is not supported: give a SQLite file or a postgresql:// address ({detail}).</source>
        <translation>Không hỗ trợ địa chỉ cơ sở dữ liệu {url}: hãy chỉ định một tệp SQLite hoặc một địa chỉ postgresql:// ({detail}).</translation>
    </message>
    <message>
        <source>{entity} {ident} does not exist (it may have been deleted).</source>
        <translation>Không tìm thấy {entity} {ident} (có thể đã bị xóa).</translation>
    </message>
    <message>
        <source>{field}: {detail}</source>
        <translation>{field}: {detail}</translation>
    </message>
    <message>
        <source>Someone else changed this {entity} while you were editing it. Your text was kept; reload to see their version.</source>
        <translation>Người dùng khác đã thay đổi {entity} này trong lúc đang sửa. Nội dung đang nhập vẫn được giữ nguyên; tải lại để xem nội dung mới.</translation>
    </message>
    <message>
        <source>{who} changed this at {when} while you were editing it. Nothing was overwritten and your text was kept: choose which to keep.</source>
        <translation>{who} đã thay đổi nội dung này lúc {when} trong khi bạn đang sửa. Không có gì bị ghi đè và nội dung của bạn vẫn được giữ: hãy chọn giữ nội dung nào.</translation>
    </message>
    <message>
        <source>Someone else changed this list while you were looking at it, so nothing was moved. The list now shows their order; move it again if it should still go there.</source>
        <translation>Người khác đã thay đổi danh sách này trong lúc bạn đang xem, nên chưa có gì được di chuyển. Danh sách nay hiển thị thứ tự của họ; hãy di chuyển lại nếu vẫn cần.</translation>
    </message>
    <message>
        <source>{who} changed this at {when}, after you saw it, so it was not deleted. Look at their change; delete it again if it should still go.</source>
        <translation>{who} đã thay đổi nội dung này lúc {when}, sau khi bạn xem, nên nội dung chưa bị xóa. Hãy xem thay đổi của họ; nếu vẫn cần xóa thì xóa lại.</translation>
    </message>
    <message>
        <source>The file cannot be imported: {path}: {detail}. Nothing was imported.</source>
        <translation>Không nhập được tệp {path}: {detail}. Chưa có dữ liệu nào được nhập.</translation>
    </message>
    <message>
        <source>The document could not be produced: {detail}</source>
        <translation>Không tạo được văn bản: {detail}</translation>
    </message>
    <message>
        <source>{unit} has no organisation profile yet, so its documents would have no letterhead. Set up the profile of {unit} (its names, code and signers), or choose another profile.</source>
        <translation>{unit} chưa có thông tin cơ quan ban hành nên văn bản sẽ không có tiêu đề. Hãy thiết lập thông tin của {unit} (tên, ký hiệu, người ký) hoặc chọn thông tin cơ quan khác.</translation>
    </message>
    <message>
        <source>No organisation profile is set up yet, so the document would have no letterhead. Set up a profile (names, code and signers) first, or choose one.</source>
        <translation>Chưa thiết lập thông tin cơ quan ban hành nên văn bản sẽ không có tiêu đề. Hãy thiết lập (tên, ký hiệu, người ký) hoặc chọn thông tin cơ quan.</translation>
    </message>
    <message>
        <source>A status report counts the tasks up to a date: give the date of the report (the day its figures are counted to).</source>
        <translation>Báo cáo tính số liệu đến một ngày: hãy ghi ngày của báo cáo (ngày số liệu được tính đến).</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {reason}. A file already there was left as it was.</source>
        <translation>Không ghi được tệp {path}: {reason}. Tệp đã có ở đó (nếu có) vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}). It was not opened, so that nothing more is lost; restore the latest good backup.</source>
        <translation>Cơ sở dữ liệu {path} bị hỏng ({detail}). Ứng dụng không mở cơ sở dữ liệu này để tránh mất thêm dữ liệu; hãy khôi phục bản sao lưu tốt gần nhất.</translation>
    </message>
    <message>
        <source>The file {path} is a database of another program ({detail}). It was not changed; to start a new database, choose a new file name.</source>
        <translation>Tệp {path} là cơ sở dữ liệu của chương trình khác ({detail}). Tệp không bị thay đổi; để tạo cơ sở dữ liệu mới, hãy chọn một tên tệp mới.</translation>
    </message>
    <message>
        <source>The backup {path} could not be made: {detail}. The database was not changed.</source>
        <translation>Không tạo được bản sao lưu {path}: {detail}. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The file {path} is not a backup of this application&apos;s database ({detail}). The database was not changed.</source>
        <translation>Tệp {path} không phải là bản sao lưu cơ sở dữ liệu của ứng dụng này ({detail}). Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {path} is damaged ({detail}) and cannot be restored. The database was not changed.</source>
        <translation>Bản sao lưu {path} bị hỏng ({detail}) nên không khôi phục được. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The backup {path} was made by a newer version of the application (schema {found}; this version knows schema {known}) and cannot be restored with it. The database was not changed.</source>
        <translation>Bản sao lưu {path} do phiên bản mới hơn của ứng dụng tạo (lược đồ {found}; phiên bản đang dùng chỉ đọc được lược đồ {known}) nên không khôi phục được bằng phiên bản này. Cơ sở dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
        <source>The database {url} already holds data ({count} rows in {table}); an archive is loaded only into an empty database. Nothing was changed.</source>
        <translation>Cơ sở dữ liệu {url} đã có dữ liệu ({count} dòng trong bảng {table}); bản lưu trữ chỉ được nạp vào cơ sở dữ liệu trống. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a Word document: {detail}</source>
        <translation>Không đọc được tệp {name} như một văn bản Word: {detail}</translation>
    </message>
    <message>
        <source>{name}: no meeting date was found in the document, so it was not imported.</source>
        <translation>{name}: không tìm thấy ngày họp trong văn bản nên chưa nhập văn bản này.</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx, .doc or .odt).</source>
        <translation>{name} không phải là văn bản Word (.docx, .doc hoặc .odt).</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>Không có tệp {name}.</translation>
    </message>
    <message>
        <source>the import stopped before this file</source>
        <translation>quá trình nhập dừng trước tệp này</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly (its process ended, code {code}). The documents listed as imported were saved completely; the others were not imported: import them again.</source>
        <translation>Quá trình nhập dừng bất thường (tiến trình nhập kết thúc, mã {code}). Các văn bản ghi là đã nhập được lưu đầy đủ; các văn bản khác chưa được nhập: hãy nhập lại.</translation>
    </message>
    <message>
        <source>The import stopped because of an unexpected error (written to the log). The documents listed as imported were saved completely; the others were not imported.</source>
        <translation>Quá trình nhập dừng do một lỗi không lường trước (đã ghi vào nhật ký). Các văn bản ghi là đã nhập được lưu đầy đủ; các văn bản khác chưa được nhập.</translation>
    </message>
    <message>
        <source>The import could not start ({detail}). Nothing was imported.</source>
        <translation>Không bắt đầu được quá trình nhập ({detail}). Chưa nhập văn bản nào.</translation>
    </message>
    <message>
        <source>{name} is a {suffix} file: reading it needs LibreOffice, which is not installed on this computer. Install LibreOffice (https://www.libreoffice.org), or save the file as .docx in Word, and try again.</source>
        <translation>{name} là tệp {suffix}: cần LibreOffice để đọc tệp này nhưng máy tính chưa cài LibreOffice. Hãy cài LibreOffice (https://www.libreoffice.org), hoặc dùng Word lưu tệp thành .docx, rồi thử lại.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name} to .docx: {detail}</source>
        <translation>LibreOffice không chuyển được {name} sang .docx: {detail}</translation>
    </message>
    <message>
        <source>The minutes “{title}” are finalised and cannot be changed. A leader can amend them, giving a reason; the finalised version stays as it was.</source>
        <translation>Biên bản “{title}” đã hoàn thiện, không thể thay đổi. Lãnh đạo có thể lập bản sửa đổi, nêu lý do; phiên bản đã hoàn thiện được giữ nguyên.</translation>
    </message>
    <message>
        <source>Your role ({role}) does not allow this: {action}.</source>
        <translation>Vai trò của bạn ({role}) không được phép: {action}.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Hình thức</translation>
    </message>
    <message>
        <source>meeting_date</source>
        <translation>Ngày họp</translation>
    </message>
    <message>
        <source>start_time</source>
        <translation>Giờ bắt đầu</translation>
    </message>
    <message>
        <source>end_time</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <source>spoken_at</source>
        <translation>Thời điểm phát biểu</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>presence</source>
        <translation>Tình trạng tham dự</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>Thành phần tham dự</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Tên chỉ tiêu</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>full_name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Mức độ ưu tiên</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>source_kind</source>
        <translation>Loại nguồn</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>update_date</source>
        <translation>Ngày cập nhật</translation>
    </message>
    <message>
        <source>completed_on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>coordinating_units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>lead_unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>cuộc họp</translation>
    </message>
    <message>
        <source>person</source>
        <translation>người</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>đơn vị</translation>
    </message>
    <message>
        <source>report</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>báo cáo</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>report_figures</source>
        <translation>chỉ tiêu</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>ý kiến phát biểu</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>ý kiến phát biểu</translation>
    </message>
    <message>
        <source>conclusion</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>conclusions</source>
        <translation>kết luận</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>recommendations</source>
        <translation>kiến nghị</translation>
    </message>
    <message>
        <source>recommendation group</source>
        <translation>nhóm kiến nghị</translation>
    </message>
    <message>
        <source>recommendation_groups</source>
        <translation>nhóm kiến nghị</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>nhiệm vụ</translation>
    </message>
    <message>
        <source>record</source>
        <translation>bản ghi</translation>
    </message>
    <message>
        <source>as_of</source>
        <translation>ngày tính số liệu</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>reference_number</source>
        <translation>Số, ký hiệu</translation>
    </message>
    <message>
        <source>date_precision</source>
        <translation>Độ chính xác của ngày</translation>
    </message>
    <message>
        <source>next_meeting_date</source>
        <translation>Ngày họp tiếp theo</translation>
    </message>
    <message>
        <source>next_meeting_location</source>
        <translation>Địa điểm họp tiếp theo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>document_date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>duration_seconds</source>
        <translation>Thời lượng (giây)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Số ý kiến</translation>
    </message>
    <message>
        <source>votes_for</source>
        <translation>Số phiếu tán thành</translation>
    </message>
    <message>
        <source>votes_against</source>
        <translation>Số phiếu không tán thành</translation>
    </message>
    <message>
        <source>votes_abstain</source>
        <translation>Số phiếu không biểu quyết</translation>
    </message>
    <message>
        <source>votes_total</source>
        <translation>Tổng số người biểu quyết</translation>
    </message>
    <message>
        <source>assignees</source>
        <translation>Người được giao</translation>
    </message>
    <message>
        <source>assignee_text</source>
        <translation>Người được giao (ghi bằng chữ)</translation>
    </message>
    <message>
        <source>agenda_item</source>
        <translation>Nội dung chương trình</translation>
    </message>
    <message>
        <source>agenda item</source>
        <translation>nội dung chương trình</translation>
    </message>
    <message>
        <source>compared_to</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>không được để trống</translation>
    </message>
    <message>
        <source>name either a person or a group</source>
        <translation>chỉ ghi một người hoặc một nhóm</translation>
    </message>
    <message>
        <source>this person is already on the list</source>
        <translation>người này đã có trong danh sách</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>phải từ 0 đến 100</translation>
    </message>
    <message>
        <source>the item belongs to another meeting</source>
        <translation>nội dung này thuộc cuộc họp khác</translation>
    </message>
    <message>
        <source>use change_deadline with a reason</source>
        <translation>thời hạn đã đặt chỉ được thay đổi kèm lý do</translation>
    </message>
    <message>
        <source>say why the deadline changes</source>
        <translation>cần nêu lý do thay đổi thời hạn</translation>
    </message>
    <message>
        <source>the task is cancelled</source>
        <translation>nhiệm vụ đã bị hủy</translation>
    </message>
    <message>
        <source>before the meeting that set the task</source>
        <translation>sớm hơn ngày họp giao nhiệm vụ</translation>
    </message>
    <message>
        <source>unknown unit</source>
        <translation>đơn vị không xác định</translation>
    </message>
    <message>
        <source>after the date of the report</source>
        <translation>sau ngày của báo cáo</translation>
    </message>
    <message>
        <source>the minutes are already finalised</source>
        <translation>biên bản đã được hoàn thiện</translation>
    </message>
    <message>
        <source>an amendment needs a reason</source>
        <translation>bản sửa đổi phải nêu lý do</translation>
    </message>
    <message>
        <source>only finalised minutes are amended</source>
        <translation>chỉ sửa đổi biên bản đã hoàn thiện</translation>
    </message>
    <message>
        <source>there is no such finalised version</source>
        <translation>không có phiên bản đã hoàn thiện này</translation>
    </message>
    <message>
        <source>finalise minutes</source>
        <translation>hoàn thiện biên bản</translation>
    </message>
    <message>
        <source>amend finalised minutes</source>
        <translation>sửa đổi biên bản đã hoàn thiện</translation>
    </message>
    <message>
        <source>version</source>
        <translation>phiên bản</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>secretary</source>
        <translation>thư ký</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>người xem</translation>
    </message>
    <message>
        <source>manage users or finalise minutes</source>
        <translation>quản lý người dùng hoặc hoàn thiện biên bản</translation>
    </message>
    <message>
        <source>change anything</source>
        <translation>thay đổi dữ liệu</translation>
    </message>
    <message>
        <source>change the minutes</source>
        <translation>thay đổi biên bản</translation>
    </message>
    <message>
        <source>change a task other than its progress</source>
        <translation>thay đổi nhiệm vụ ngoài tiến độ thực hiện</translation>
    </message>
    <message>
        <source>report on another unit&apos;s tasks</source>
        <translation>báo cáo nhiệm vụ của đơn vị khác</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>quản lý người dùng</translation>
    </message>
    <message>
        <source>login</source>
        <translation>tên đăng nhập</translation>
    </message>
    <message>
        <source>letters a-z, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (at most 63)</source>
        <translation>chữ cái a-z, chữ số, &apos;_&apos;, &apos;.&apos;, &apos;-&apos; (tối đa 63 ký tự)</translation>
    </message>
    <message>
        <source>a unit member needs the unit whose tasks it reports on</source>
        <translation>thành viên đơn vị cần có đơn vị mà mình báo cáo nhiệm vụ</translation>
    </message>
    <message>
        <source>this login is already a user</source>
        <translation>tên đăng nhập này đã là người dùng</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>không có người dùng này</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>thư mục không tồn tại</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền ghi</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ổ đĩa chỉ cho phép đọc</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>đã dùng hết dung lượng được cấp trên ổ đĩa</translation>
    </message>
    <message>
        <source>the file is larger than allowed</source>
        <translation>tệp lớn hơn mức cho phép</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>đã có một thư mục trùng tên</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>tên quá dài</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ổ đĩa báo lỗi</translation>
    </message>
    <message>
        <source>not a SQLite database</source>
        <translation>không phải cơ sở dữ liệu SQLite</translation>
    </message>
    <message>
        <source>it has none of this application&apos;s tables</source>
        <translation>tệp không có bảng nào của ứng dụng này</translation>
    </message>
    <message>
        <source>its tables are named like this application&apos;s but it was not made by it</source>
        <translation>tệp có bảng trùng tên với bảng của ứng dụng này nhưng không do ứng dụng này tạo</translation>
    </message>
    <message>
        <source>another program is writing to it; try again</source>
        <translation>một chương trình khác đang ghi vào tệp; hãy thử lại</translation>
    </message>
    <message>
        <source>the file cannot be opened</source>
        <translation>không mở được tệp</translation>
    </message>
    <message>
        <source>it holds no database of this application</source>
        <translation>tệp không chứa cơ sở dữ liệu của ứng dụng này</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>không có tệp này</translation>
    </message>
    <message>
        <source>it is the database itself</source>
        <translation>đó chính là cơ sở dữ liệu đang dùng</translation>
    </message>
    <message>
        <source>the database has no tables yet</source>
        <translation>cơ sở dữ liệu chưa có bảng nào</translation>
    </message>
    <message>
        <source>it is not an archive of this application</source>
        <translation>tệp không phải là bản lưu trữ của ứng dụng này</translation>
    </message>
    <message>
        <source>there is data after its end</source>
        <translation>có dữ liệu nằm sau phần kết thúc của tệp</translation>
    </message>
    <message>
        <source>the row counts at its end do not match its content</source>
        <translation>số dòng ghi ở cuối tệp không khớp với nội dung</translation>
    </message>
    <message>
        <source>the file ends early (it was cut off)</source>
        <translation>tệp kết thúc sớm (bị cắt cụt)</translation>
    </message>
    <message>
        <source>it is not a readable archive</source>
        <translation>không đọc được tệp lưu trữ</translation>
    </message>
    <message>
        <source>a line of it cannot be read</source>
        <translation>có một dòng trong tệp không đọc được</translation>
    </message>
    <message>
        <source>a row does not match its table</source>
        <translation>có một dòng không khớp với bảng của nó</translation>
    </message>
    <message>
        <source>it has a table this version does not know</source>
        <translation>tệp có bảng mà phiên bản này không biết</translation>
    </message>
    <message>
        <source>not a database address</source>
        <translation>không phải địa chỉ cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>unknown kind of database</source>
        <translation>loại cơ sở dữ liệu không được hỗ trợ</translation>
    </message>
    <message>
        <source>its driver is not installed (for PostgreSQL: pip install &apos;minutes[postgres]&apos;)</source>
        <translation>chưa cài trình điều khiển (với PostgreSQL: pip install &apos;minutes[postgres]&apos;)</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>không có người này trong danh bạ</translation>
    </message>
    <message>
        <source>the agenda item belongs to another meeting</source>
        <translation>nội dung chương trình thuộc cuộc họp khác</translation>
    </message>
    <message>
        <source>a range must start before it ends</source>
        <translation>khoảng thời gian phải bắt đầu trước khi kết thúc</translation>
    </message>
    <message>
        <source>at most {limit} characters ({given} given)</source>
        <translation>tối đa {limit} ký tự (đã nhập {given})</translation>
    </message>
    <message>
        <source>must be between {low} and {high}</source>
        <translation>phải từ {low} đến {high}</translation>
    </message>
    <message>
        <source>{day} is before the meeting ({meeting})</source>
        <translation>{day} trước ngày họp ({meeting})</translation>
    </message>
    <message>
        <source>{cast} votes cast, more than {total}</source>
        <translation>{cast} phiếu đã biểu quyết, nhiều hơn {total}</translation>
    </message>
    <message>
        <source>at most {whole} digits before the decimal mark and {fraction} after</source>
        <translation>tối đa {whole} chữ số phần nguyên và {fraction} chữ số phần thập phân</translation>
    </message>
    <message>
        <source>unknown value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>ngày không hợp lệ</translation>
    </message>
    <message>
        <source>not a time</source>
        <translation>giờ không hợp lệ</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>số không hợp lệ</translation>
    </message>
    <message>
        <source>PDF files are made with LibreOffice, which is not installed on this computer. Install LibreOffice (https://www.libreoffice.org) and try again, or export to DOCX.</source>
        <translation>Tệp PDF được tạo bằng LibreOffice nhưng máy này chưa cài LibreOffice. Hãy cài LibreOffice (https://www.libreoffice.org) rồi thử lại, hoặc xuất ra tệp DOCX.</translation>
    </message>
    <message>
        <source>LibreOffice could not convert {name} to PDF: {detail}</source>
        <translation>LibreOffice không chuyển được {name} sang PDF: {detail}</translation>
    </message>
    <message>
        <source>LibreOffice did not finish converting {name} to PDF within {seconds} seconds.</source>
        <translation>LibreOffice chưa chuyển xong {name} sang PDF sau {seconds} giây.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>lead unit</source>
        <translation>đơn vị chủ trì</translation>
    </message>
    <message>
        <source>coordinating units</source>
        <translation>đơn vị phối hợp</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>thời hạn</translation>
    </message>
    <message>
        <source>expected product</source>
        <translation>sản phẩm dự kiến</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <source>Working session</source>
        <translation>Buổi làm việc</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Họp thường kỳ</translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation>Họp bất thường</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>Đã hoàn tất</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Thư ký</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Người báo cáo</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Thành viên</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đến muộn</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Cao</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>In progress, on schedule</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Chưa thực hiện</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Kiến nghị</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Ý kiến phát biểu</translation>
    </message>
</context>
</TS>
