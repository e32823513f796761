using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace OneStopBot.Tests.Support;

/// <summary>
/// Headless Chromium from Debian's <c>chromium</c> package, driven through its <c>chromium-driver</c>, both given by
/// path so that nothing is looked up or downloaded. Tests that need it are skipped, saying why, where it is absent.
/// </summary>
internal static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";
    public const string SkipReason = "Chromium is not installed (apt-get install chromium chromium-driver)";

    public static bool Available => File.Exists(Browser) && File.Exists(Driver);

    public static ChromeDriver Start()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--force-device-scale-factor=1", "--lang=vi-VN", "--window-size=1920,1080");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    /// <summary>The page's viewport, exactly, as a screen of that size shows it.</summary>
    public static void Resize(ChromeDriver driver, int width, int height, bool mobile = false)
    {
        ArgumentNullException.ThrowIfNull(driver);
        driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
        {
            ["width"] = width,
            ["height"] = height,
            ["deviceScaleFactor"] = 1,
            ["mobile"] = mobile,
        });
    }

    /// <summary>Saves what the viewport shows as a PNG and returns its size, read from the file's header.</summary>
    public static (int Width, int Height) Screenshot(ITakesScreenshot driver, string path)
    {
        ArgumentNullException.ThrowIfNull(driver);
        var png = driver.GetScreenshot().AsByteArray;
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }

    /// <summary>
    /// Where screenshots go: the repository's docs/ folder (found from the test binaries upwards) when
    /// <c>ONESTOP_SCREENSHOTS=docs</c>, to renew the pictures the README shows; else a folder beside the test binaries,
    /// so that a test run leaves the checkout as it found it.
    /// </summary>
    public static string ScreenshotFolder()
    {
        if (!string.Equals(Environment.GetEnvironmentVariable("ONESTOP_SCREENSHOTS"), "docs", StringComparison.OrdinalIgnoreCase))
        {
            return Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OneStopBot.sln")))
            {
                return Path.Combine(dir.FullName, "docs");
            }
        }

        throw new DirectoryNotFoundException("No OneStopBot.sln above " + AppContext.BaseDirectory);
    }
}
