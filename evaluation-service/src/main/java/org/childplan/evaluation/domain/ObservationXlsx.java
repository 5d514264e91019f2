package org.childplan.evaluation.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.childplan.platform.error.FieldError;
import org.childplan.platform.error.InputValidationException;
import org.childplan.platform.error.PayloadTooLargeException;
import org.childplan.platform.error.ProblemException;
import org.childplan.platform.json.JsonStrictness;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Observations in an Excel workbook: the layout of the data sheet that the submission template writes, and the
 * reading of a filled workbook back into rows.
 * <p>
 * The reading streams the data sheet's XML with SAX straight out of the zip, holding only the rows it keeps and the
 * shared strings, and it bounds everything a hostile workbook could inflate: the number of zip entries, the unpacked
 * bytes of every part it reads, the shared strings, the text of one cell, and the rows (through {@code rowRead}, the
 * caller's row limit). It reads the zip itself rather than through POI's OPCPackage, whose zip-bomb limits
 * (ZipSecureFile) are process-wide settings, and whose workbook part is parsed into a DOM.
 * <p>
 * A row whose value, numerator and denominator are all empty is a template row left blank, "not reported", and is
 * skipped. Errors carry the index of the row among those kept (1-based) and the field, as CSV errors do, and
 * {@link Result#locate} turns them into sheet and cell references ({@code 指标数据!J7}).
 */
public final class ObservationXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DATA_SHEET = "指标数据";
    public static final String GUIDE_SHEET = "说明";
    public static final String CODES_SHEET = "代码表";
    /** The custom document property naming the agency a template was made for. */
    public static final String AGENCY_PROPERTY = "agencyCode";

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_SHEET_BYTES = 256L << 20;
    static final long MAX_SHARED_STRINGS_BYTES = 64L << 20;
    static final long MAX_SMALL_PART_BYTES = 4L << 20;
    static final int MAX_SHARED_STRINGS = 1_000_000;
    static final long MAX_SHARED_STRING_CHARS = 32L << 20;
    /** Excel's own limit on the text of one cell. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Header cells looked at: the template has fourteen columns; whatever a sheet adds far to the right is not read. */
    static final int MAX_HEADER_COLUMNS = 64;

    /** The data sheet's columns, in order: a Chinese header over the field name the JSON and CSV rows use. */
    public enum Column {
        INDICATOR_CODE("指标代码", "indicatorCode", true),
        INDICATOR_NAME("指标名称", "indicatorName", false),
        UNIT("计量单位", "unit", false),
        YEAR("年份", "year", true),
        AREA("地区", "areaCode", true),
        SEX("性别", "sex", true),
        RESIDENCE("城乡", "residence", true),
        AGE_GROUP("年龄组", "ageGroup", true),
        PREVIOUS_VALUE("上年数值（参考）", "previousYearValue", false),
        VALUE("本年数值", "value", true),
        NUMERATOR("分子", "numerator", true),
        DENOMINATOR("分母", "denominator", true),
        SOURCE("数据来源", "source", true),
        NOTE("备注", "note", true);

        private final String zh;
        private final String field;
        private final boolean read;

        Column(String zh, String field, boolean read) {
            this.zh = zh;
            this.field = field;
            this.read = read;
        }

        public String zh() {
            return zh;
        }

        public String field() {
            return field;
        }

        /** Whether an upload reads it; the others are there for the person filling the sheet in. */
        public boolean read() {
            return read;
        }

        /** The header cell: the Chinese label, and under it the field name, which is what the reading goes by. */
        public String header() {
            return zh + "\n" + field;
        }

        /** The column's letter in the template (A, B, ...). */
        public String letter() {
            return letters(ordinal());
        }

        static Column of(String header) {
            String text = header.strip();
            String lastLine = text.substring(text.lastIndexOf('\n') + 1).strip();
            for (Column c : values()) {
                if (c.field.equalsIgnoreCase(lastLine) || c.zh.equals(text) || c.field.equalsIgnoreCase(text)) {
                    return c;
                }
            }
            return null;
        }
    }

    private static final List<Column> REQUIRED = List.of(Column.INDICATOR_CODE, Column.YEAR, Column.VALUE);
    private static final Pattern CODE_IN_BRACKETS = Pattern.compile("[（(]\\s*([^()（）]+?)\\s*[）)]\\s*$");
    private static final Map<String, String> DIMENSION_LABELS = dimensionLabels();

    private ObservationXlsx() {
    }

    /**
     * The rows read and the errors found while reading them, the agency the template was made for (null when the
     * workbook does not say), and where each kept row stands in the sheet.
     */
    public record Result(List<ObservationInput> rows, List<FieldError> errors, String agencyCode,
                         List<Integer> sheetRows, Map<String, String> columnLetters) {

        /** The error at the sheet cell it is about: {@code 指标数据!J7}, or the whole row ({@code 指标数据!7:7}). */
        public FieldError locate(FieldError error) {
            if (error.row() == null || error.row() < 1 || error.row() > sheetRows.size()) {
                return error;
            }
            int sheetRow = sheetRows.get(error.row() - 1);
            String letter = columnLetters.get(error.field());
            String ref = letter == null ? sheetRow + ":" + sheetRow : letter + sheetRow;
            return new FieldError(sheetRow, DATA_SHEET + "!" + ref, error.message(), error.messageZh());
        }
    }

    /**
     * Reads the data sheet of the workbook in {@code file}. Refuses (400) what is not an XLSX workbook or has no
     * data sheet, and (413) what unpacks past the limits; {@code rowRead} hears the count of the sheet's rows as they
     * pass and may stop the reading by throwing.
     */
    public static Result read(Path file, IntConsumer rowRead) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw notAWorkbook("it is not a zip archive (a password-protected workbook is not one either)",
                    "不是 zip 格式（加密的工作簿也不是）");
        }
        try (zip) {
            if (zip.size() > MAX_ENTRIES) {
                throw notAWorkbook("it has more than " + MAX_ENTRIES + " parts", "包含的部件超过" + MAX_ENTRIES + "个");
            }
            String sheetPath = dataSheetPath(zip);
            List<String> shared = sharedStrings(zip);
            String agency = agencyProperty(zip);
            SheetHandler sheet = new SheetHandler(shared, rowRead);
            parse(zip, sheetPath, MAX_SHEET_BYTES, sheet, "worksheet " + DATA_SHEET, "工作表" + DATA_SHEET);
            return sheet.result(agency);
        }
    }

    // ---- the parts of the package

    private static String dataSheetPath(ZipFile zip) throws IOException {
        Map<String, String> sheets = new HashMap<>();
        parse(zip, "xl/workbook.xml", MAX_SMALL_PART_BYTES, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("sheet")) {
                    String id = attribute(attributes, "id");
                    String name = attributes.getValue("name");
                    if (id != null && name != null) {
                        sheets.put(name, id);
                    }
                }
            }
        }, "workbook", "工作簿");
        String id = sheets.get(DATA_SHEET);
        if (id == null) {
            throw InputValidationException.single(DATA_SHEET, "the workbook has no sheet named " + DATA_SHEET
                            + "; upload the template downloaded from …/templates/{agency}, filled in",
                    "工作簿中没有名为“" + DATA_SHEET + "”的工作表，请上传从填报模板下载地址获取并填写的模板");
        }
        Map<String, String> targets = relationships(zip);
        String target = targets.get(id);
        if (target == null) {
            throw notAWorkbook("sheet " + DATA_SHEET + " has no part", "工作表" + DATA_SHEET + "缺少对应的部件");
        }
        return partPath(target);
    }

    private static Map<String, String> relationships(ZipFile zip) throws IOException {
        Map<String, String> targets = new HashMap<>();
        parse(zip, "xl/_rels/workbook.xml.rels", MAX_SMALL_PART_BYTES, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("Relationship") && attributes.getValue("Id") != null && attributes.getValue("Target") != null) {
                    targets.put(attributes.getValue("Id"), attributes.getValue("Target"));
                    String type = attributes.getValue("Type");
                    if (type != null && type.endsWith("/sharedStrings")) {
                        targets.put("#sharedStrings", attributes.getValue("Target"));
                    }
                }
            }
        }, "workbook relationships", "工作簿关系");
        return targets;
    }

    /** A target relative to xl/ (as Excel writes it) or absolute within the package (as some writers do). */
    private static String partPath(String target) {
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static List<String> sharedStrings(ZipFile zip) throws IOException {
        String target = relationships(zip).get("#sharedStrings");
        String path = target == null ? "xl/sharedStrings.xml" : partPath(target);
        List<String> strings = new ArrayList<>();
        if (zip.getEntry(path) == null) {
            return strings;
        }
        parse(zip, path, MAX_SHARED_STRINGS_BYTES, new DefaultHandler() {
            private final StringBuilder text = new StringBuilder();
            private boolean inText;
            private boolean inPhonetic;
            private long chars;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                switch (localName) {
                    case "si" -> text.setLength(0);
                    case "rPh" -> inPhonetic = true;
                    case "t" -> inText = !inPhonetic;
                    default -> { }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inText) {
                    chars += length;
                    if (chars > MAX_SHARED_STRING_CHARS) {
                        throw new PayloadTooLargeException("The workbook's shared strings", "工作簿的共享字符串",
                                MAX_SHARED_STRING_CHARS, "characters", "个字符");
                    }
                    text.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                switch (localName) {
                    case "si" -> {
                        if (strings.size() >= MAX_SHARED_STRINGS) {
                            throw new PayloadTooLargeException("The workbook's shared strings", "工作簿的共享字符串",
                                    MAX_SHARED_STRINGS, "strings", "个");
                        }
                        strings.add(text.toString());
                    }
                    case "rPh" -> inPhonetic = false;
                    case "t" -> inText = false;
                    default -> { }
                }
            }
        }, "shared strings", "共享字符串");
        return strings;
    }

    private static String agencyProperty(ZipFile zip) throws IOException {
        if (zip.getEntry("docProps/custom.xml") == null) {
            return null;
        }
        String[] agency = new String[1];
        parse(zip, "docProps/custom.xml", MAX_SMALL_PART_BYTES, new DefaultHandler() {
            private boolean inAgency;
            private StringBuilder text;

            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if (localName.equals("property")) {
                    inAgency = AGENCY_PROPERTY.equals(attributes.getValue("name"));
                } else if (inAgency) {
                    text = new StringBuilder();
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (inAgency && text != null && text.length() < 64) {
                    text.append(ch, start, Math.min(length, 64));
                }
            }

            @Override
            public void endElement(String uri, String localName, String qName) {
                if (localName.equals("property")) {
                    if (inAgency && text != null && !text.toString().isBlank()) {
                        agency[0] = text.toString().strip();
                    }
                    inAgency = false;
                    text = null;
                }
            }
        }, "document properties", "文档属性");
        return agency[0];
    }

    private static void parse(ZipFile zip, String path, long maxBytes, DefaultHandler handler, String what, String whatZh)
            throws IOException {
        ZipEntry entry = zip.getEntry(path);
        if (entry == null) {
            throw notAWorkbook("it has no " + what + " (" + path + ")", "缺少" + whatZh + "（" + path + "）");
        }
        try (InputStream in = new Bounded(zip.getInputStream(entry), maxBytes, what, whatZh)) {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (SAXException e) {
            if (e.getException() instanceof ProblemException problem) {
                throw problem;
            }
            throw notAWorkbook("its " + what + " is not well-formed XML", whatZh + "不是格式正确的 XML");
        } catch (ZipException e) {
            throw notAWorkbook("its " + what + " can not be unpacked", whatZh + "无法解压");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the platform's SAX parser supports namespaces", e);
        }
    }

    private static final SAXParserFactory PARSERS = parsers();

    /** Namespace-aware, and without DOCTYPEs, so no entity can be expanded and nothing outside the body is read. */
    private static SAXParserFactory parsers() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the platform's SAX parser can be made safe", e);
        }
    }

    /** A part's unpacked bytes, refused (413) past the limit: the zip's own sizes can not be trusted. */
    private static final class Bounded extends FilterInputStream {
        private final long max;
        private final String what;
        private final String whatZh;
        private long count;

        Bounded(InputStream in, long max, String what, String whatZh) {
            super(in);
            this.max = max;
            this.what = what;
            this.whatZh = whatZh;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > max) {
                throw new PayloadTooLargeException("The workbook's " + what + ", unpacked,", "工作簿的" + whatZh + "解压后",
                        max, "bytes", "字节");
            }
        }
    }

    // ---- the data sheet

    /** A cell as the sheet holds it: its text, and whether Excel stored it as a number. */
    private record Cell(String text, boolean number, String error) {
    }

    private static final class SheetHandler extends DefaultHandler {
        private final List<String> shared;
        private final IntConsumer rowRead;
        private final List<ObservationInput> rows = new ArrayList<>();
        private final List<FieldError> errors = new ArrayList<>();
        private final List<Integer> sheetRows = new ArrayList<>();
        private final Map<Integer, Column> columns = new HashMap<>();
        private final Map<String, String> letters = new HashMap<>();
        private final Map<Integer, Cell> cells = new HashMap<>();
        private boolean headerRead;
        private int rowNumber;
        private int rowsSeen;
        private int column;
        private String cellType;
        private boolean keepCell;
        private boolean inValue;
        private boolean inInline;
        private boolean inPhonetic;
        private final StringBuilder text = new StringBuilder();

        SheetHandler(List<String> shared, IntConsumer rowRead) {
            this.shared = shared;
            this.rowRead = rowRead;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
                    column = -1;
                    cells.clear();
                    rowsSeen++;
                    if (headerRead) {
                        rowRead.accept(rowsSeen - 1);
                    }
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? column + 1 : columnIndex(r);
                    cellType = attributes.getValue("t");
                    // only the columns an upload reads (until the header is known, the first few dozen) are held
                    keepCell = headerRead ? columns.containsKey(column) : column < MAX_HEADER_COLUMNS;
                    text.setLength(0);
                }
                case "v" -> inValue = keepCell;
                case "is" -> inInline = keepCell;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if ((inValue || (inInline && !inPhonetic)) && text.length() <= MAX_CELL_CHARS) {
                text.append(ch, start, Math.min(length, MAX_CELL_CHARS + 1 - text.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "is" -> inInline = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    if (keepCell) {
                        cells.put(column, cell());
                    }
                    keepCell = false;
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        private Cell cell() {
            String raw = text.toString();
            if (raw.length() > MAX_CELL_CHARS) {
                return new Cell(null, false, "is longer than " + MAX_CELL_CHARS + " characters");
            }
            String type = cellType == null ? "n" : cellType;
            return switch (type) {
                case "s" -> {
                    try {
                        int index = Integer.parseInt(raw.strip());
                        yield index >= 0 && index < shared.size() ? new Cell(shared.get(index), false, null)
                                : new Cell(null, false, "refers to a shared string the workbook does not have");
                    } catch (NumberFormatException e) {
                        yield new Cell(null, false, "refers to a shared string the workbook does not have");
                    }
                }
                case "e" -> new Cell(null, false, "holds the error value " + raw);
                case "n" -> new Cell(raw, true, null);
                default -> new Cell(raw, false, null);
            };
        }

        private void endRow() {
            if (!headerRead) {
                if (cells.values().stream().anyMatch(c -> c.text() != null && !c.text().isBlank())) {
                    readHeader();
                }
                return;
            }
            Map<Column, Cell> row = new EnumMap<>(Column.class);
            columns.forEach((index, c) -> {
                Cell cell = cells.get(index);
                if (cell != null && (cell.error() != null || (cell.text() != null && !cell.text().isBlank()))) {
                    row.put(c, cell);
                }
            });
            if (!row.containsKey(Column.VALUE) && !row.containsKey(Column.NUMERATOR) && !row.containsKey(Column.DENOMINATOR)) {
                return;
            }
            int index = rows.size() + 1;
            sheetRows.add(rowNumber);
            rows.add(new ObservationInput(
                    text(index, row, Column.INDICATOR_CODE),
                    integer(index, row, Column.YEAR),
                    code(index, row, Column.AREA),
                    code(index, row, Column.SEX),
                    code(index, row, Column.RESIDENCE),
                    code(index, row, Column.AGE_GROUP),
                    number(index, row, Column.VALUE),
                    number(index, row, Column.NUMERATOR),
                    number(index, row, Column.DENOMINATOR),
                    text(index, row, Column.SOURCE),
                    text(index, row, Column.NOTE)));
        }

        private void readHeader() {
            headerRead = true;
            cells.forEach((index, cell) -> {
                Column c = cell.text() == null ? null : Column.of(cell.text());
                if (c != null && c.read() && !letters.containsKey(c.field())) {
                    columns.put(index, c);
                    letters.put(c.field(), letters(index));
                }
            });
            List<FieldError> missing = new ArrayList<>();
            for (Column c : REQUIRED) {
                if (!letters.containsKey(c.field())) {
                    missing.add(FieldError.of(DATA_SHEET + "!" + rowNumber + ":" + rowNumber,
                            "the header row has no column " + c.field() + " (" + c.zh() + ")",
                            "表头中缺少“" + c.zh() + "”（" + c.field() + "）列"));
                }
            }
            if (!missing.isEmpty()) {
                throw new InputValidationException(missing);
            }
        }

        Result result(String agency) {
            if (!headerRead) {
                throw InputValidationException.single(DATA_SHEET, "the sheet " + DATA_SHEET + " has no header row",
                        "工作表“" + DATA_SHEET + "”没有表头行");
            }
            if (rows.isEmpty() && errors.isEmpty()) {
                throw InputValidationException.single(DATA_SHEET + "!" + letters.get(Column.VALUE.field()) + ":"
                                + letters.get(Column.VALUE.field()),
                        "no value is filled in: enter this year's values in the column " + Column.VALUE.field(),
                        "没有填写任何数值，请在“" + Column.VALUE.zh() + "”列中填写本年数值");
            }
            return new Result(rows, errors, agency, sheetRows, letters);
        }

        // ---- cells to fields

        private String text(int index, Map<Column, Cell> row, Column c) {
            Cell cell = row.get(c);
            if (cell == null) {
                return null;
            }
            if (cell.error() != null) {
                errors.add(new FieldError(index, c.field(), "the cell " + cell.error(), "单元格" + errorZh(cell.error())));
                return null;
            }
            String value = cell.text().strip();
            String problem = JsonStrictness.unstorable(value);
            if (problem != null) {
                errors.add(new FieldError(index, c.field(), problem, "含有无法保存的字符（如 NUL 字符或无效的 Unicode）"));
                return null;
            }
            if (cell.number() && value.endsWith(".0")) {
                // a code typed into a cell Excel took for a number (2023 → 2023.0 in some writers)
                value = value.substring(0, value.length() - 2);
            }
            return value;
        }

        /** A dimension's code: the code in brackets at the end of a dropdown entry (农村 (RURAL)), or the text itself. */
        private String code(int index, Map<Column, Cell> row, Column c) {
            String value = text(index, row, c);
            if (value == null) {
                return null;
            }
            Matcher bracketed = CODE_IN_BRACKETS.matcher(value);
            if (bracketed.find()) {
                return bracketed.group(1);
            }
            return c == Column.AREA ? value : DIMENSION_LABELS.getOrDefault(c.field() + "|" + value, value);
        }

        private Integer integer(int index, Map<Column, Cell> row, Column c) {
            BigDecimal n = number(index, row, c);
            if (n == null) {
                return null;
            }
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                errors.add(new FieldError(index, c.field(), "'" + n.toPlainString() + "' is not a whole number",
                        "“" + n.toPlainString() + "”不是整数"));
                return null;
            }
        }

        private BigDecimal number(int index, Map<Column, Cell> row, Column c) {
            Cell cell = row.get(c);
            String value = text(index, row, c);
            if (value == null) {
                return null;
            }
            try {
                BigDecimal n = new BigDecimal(value.replace(",", ""));
                if (cell.number()) {
                    // Excel keeps 15 significant digits; a writer's binary noise past them (5.8000000000000007) is not data
                    n = n.round(new MathContext(15)).stripTrailingZeros();
                    if (n.scale() < 0) {
                        n = n.setScale(0);
                    }
                }
                if (n.abs().compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0 || n.scale() > 10) {
                    errors.add(new FieldError(index, c.field(), "'" + value + "' is out of range", "“" + value + "”超出允许范围"));
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                errors.add(new FieldError(index, c.field(), "'" + shorten(value) + "' is not a number",
                        "“" + shorten(value) + "”不是数字"));
                return null;
            }
        }
    }

    private static String errorZh(String error) {
        return error.startsWith("holds the error value") ? "中是错误值" + error.substring("holds the error value".length())
                : error.startsWith("is longer") ? "中的文字超过" + MAX_CELL_CHARS + "个字符" : "引用了工作簿中不存在的共享字符串";
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }

    private static Map<String, String> dimensionLabels() {
        Map<String, String> labels = new HashMap<>();
        for (Vocabulary.Sex v : Vocabulary.Sex.values()) {
            labels.put("sex|" + Labels.zh(v), v.name());
        }
        for (Vocabulary.Residence v : Vocabulary.Residence.values()) {
            labels.put("residence|" + Labels.zh(v), v.name());
        }
        for (Vocabulary.AgeGroup v : Vocabulary.AgeGroup.values()) {
            labels.put("ageGroup|" + Labels.zh(v), v.name());
        }
        return labels;
    }

    private static String attribute(Attributes attributes, String localName) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (attributes.getLocalName(i).equals(localName)) {
                return attributes.getValue(i);
            }
        }
        return null;
    }

    private static int parseRowNumber(String r) {
        try {
            return Integer.parseInt(r.strip());
        } catch (NumberFormatException e) {
            throw notAWorkbook("a row's number '" + shorten(r) + "' is not a number", "行号“" + shorten(r) + "”不是数字");
        }
    }

    /** The 0-based column of a cell reference (J7 → 9). */
    static int columnIndex(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i)) && i < 3) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0) {
            throw notAWorkbook("a cell reference '" + shorten(reference) + "' has no column", "单元格引用“" + shorten(reference) + "”缺少列号");
        }
        return column - 1;
    }

    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            s.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return s.toString();
    }

    private static InputValidationException notAWorkbook(String why, String whyZh) {
        return InputValidationException.single("body", "the body is not a readable XLSX workbook: " + why,
                "请求体不是可读取的 XLSX 工作簿：" + whyZh);
    }
}
